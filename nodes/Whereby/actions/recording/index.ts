import type { Resource } from '../../../shared/operations';
import { bulkDelete } from './bulkDelete.operation';
import { deleteRecording } from './delete.operation';
import { get } from './get.operation';
import { getAccessLink } from './getAccessLink.operation';
import { getAll } from './getAll.operation';

export const recording = {
	name: 'Recording',
	description: 'Cloud recordings of meetings',
	operations: { get, getAll, delete: deleteRecording, getAccessLink, bulkDelete },
} satisfies Resource;
