import type { Resource } from '../../../shared/operations';
import { bulkDelete } from './bulkDelete.operation';
import { deleteRecording } from './delete.operation';
import { get } from './get.operation';
import { getAccessLink } from './getAccessLink.operation';
import { getAll } from './getAll.operation';

export const recording: Resource<'get' | 'getAll' | 'delete' | 'getAccessLink' | 'bulkDelete'> = {
	name: 'Recording',
	description: 'Cloud recordings of meetings',
	operations: { get, getAll, delete: deleteRecording, getAccessLink, bulkDelete },
};
