import { bulkDeleteOperation } from '../stored';
import { recordingKind } from './fields';

/** POST /recordings/bulk-delete: https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const bulkDelete = bulkDeleteOperation(recordingKind, {
	name: 'recordingIds',
	displayName: 'Recording IDs',
});
