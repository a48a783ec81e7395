import { getOperation } from '../stored';
import { transcriptionKind } from './fields';

/** GET /transcriptions/{transcriptionId}: https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const get = getOperation(transcriptionKind);
