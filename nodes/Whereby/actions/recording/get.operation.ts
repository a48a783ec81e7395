import { getOperation } from '../stored';
import { recordingKind } from './fields';

/** GET /recordings/{recordingId}: https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const get = getOperation(recordingKind);
