import { bulkDeleteOperation } from '../stored';
import { transcriptionKind } from './fields';

/** POST /transcriptions/bulk-delete: https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const bulkDelete = bulkDeleteOperation(transcriptionKind, {
	name: 'transcriptionIds',
	displayName: 'Transcription IDs',
});
