import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

export const member = {
	name: 'Member',
	description: 'Users invited to a room',
	operations: { create, getAll },
} satisfies Resource;
