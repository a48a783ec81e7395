import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { deleteParticipant } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const participant = {
	name: 'Participant',
	description: 'Calls in a conference: add, mute, hold, coach, kick',
	operations: { create, get, getAll, update, delete: deleteParticipant },
} satisfies Resource;
