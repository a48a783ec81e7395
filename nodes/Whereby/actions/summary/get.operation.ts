import { getOperation } from '../stored';
import { summaryKind } from './fields';

/** GET /summaries/{summaryId}: https://docs.whereby.com/reference/whereby-rest-api-reference/summaries */
export const get = getOperation(summaryKind);
