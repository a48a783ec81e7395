import { listOperation } from '../stored';
import { summaryKind } from './fields';

/** GET /summaries (no room filter in the API): https://docs.whereby.com/reference/whereby-rest-api-reference/summaries */
export const getAll = listOperation(summaryKind, {
	roomNameFilter: false,
	sortFields: [
		['startDate', 'Start Date'],
		['roomName', 'Room Name'],
	],
});
