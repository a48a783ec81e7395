import { deleteOperation } from '../stored';
import { summaryKind } from './fields';

/** DELETE /summaries/{summaryId}: https://docs.whereby.com/reference/whereby-rest-api-reference/summaries */
export const deleteSummary = deleteOperation(summaryKind);
