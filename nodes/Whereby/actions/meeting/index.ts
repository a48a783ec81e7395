import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { deleteMeeting } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const meeting = {
	name: 'Meeting',
	description: 'Transient meeting rooms',
	operations: { create, get, getAll, delete: deleteMeeting },
} satisfies Resource;
