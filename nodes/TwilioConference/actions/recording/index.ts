import type { Resource } from '../../../shared/operations';
import { deleteRecording } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const recording = {
	name: 'Recording',
	description: 'Recordings of a whole conference',
	operations: { get, getAll, update, delete: deleteRecording },
} satisfies Resource;
