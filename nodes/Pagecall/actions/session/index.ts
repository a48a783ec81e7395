import type { Resource } from '../../../shared/operations';
import { getAll } from './getAll.operation';

export const session = {
	name: 'Session',
	description: 'Connections of users to a room',
	operations: { getAll },
} satisfies Resource;
