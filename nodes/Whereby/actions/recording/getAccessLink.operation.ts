import { accessLinkOperation } from '../stored';
import { recordingKind } from './fields';

/** GET /recordings/{recordingId}/access-link: https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const getAccessLink = accessLinkOperation(recordingKind);
