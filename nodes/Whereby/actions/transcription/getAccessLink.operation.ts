import { accessLinkOperation } from '../stored';
import { transcriptionKind } from './fields';

/** GET /transcriptions/{transcriptionId}/access-link: https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const getAccessLink = accessLinkOperation(transcriptionKind, { text: true });
