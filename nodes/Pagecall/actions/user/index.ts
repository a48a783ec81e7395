import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';

export const user = {
	name: 'User',
	description: 'Users of your application',
	operations: { create },
} satisfies Resource;
