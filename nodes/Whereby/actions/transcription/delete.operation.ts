import { deleteOperation } from '../stored';
import { transcriptionKind } from './fields';

/** DELETE /transcriptions/{transcriptionId}: https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const deleteTranscription = deleteOperation(transcriptionKind);
