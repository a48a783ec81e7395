import type { Resource } from '../../../shared/operations';
import { bulkDelete } from './bulkDelete.operation';
import { create } from './create.operation';
import { deleteTranscription } from './delete.operation';
import { get } from './get.operation';
import { getAccessLink } from './getAccessLink.operation';
import { getAll } from './getAll.operation';

export const transcription = {
	name: 'Transcription',
	description: 'Transcripts of recordings and live transcriptions',
	operations: { create, get, getAll, delete: deleteTranscription, getAccessLink, bulkDelete },
} satisfies Resource;
