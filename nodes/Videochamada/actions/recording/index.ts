import type { Resource } from '../../../shared/operations';
import { getAll } from './getAll.operation';
import { getDownloadUrl } from './getDownloadUrl.operation';

export const recording = {
	name: 'Recording',
	description: 'Recordings of a call and their files',
	operations: { getAll, getDownloadUrl },
} satisfies Resource;
