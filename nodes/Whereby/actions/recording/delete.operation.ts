import { deleteOperation } from '../stored';
import { recordingKind } from './fields';

/** DELETE /recordings/{recordingId}: https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const deleteRecording = deleteOperation(recordingKind);
