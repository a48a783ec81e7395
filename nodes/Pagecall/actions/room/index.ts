import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { deleteRoom } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { terminate } from './terminate.operation';
import { update } from './update.operation';

export const room = {
	name: 'Room',
	description: 'Meeting rooms',
	operations: { create, get, getAll, update, terminate, delete: deleteRoom },
} satisfies Resource;
