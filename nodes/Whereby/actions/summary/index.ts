import type { Resource } from '../../../shared/operations';
import * as stored from '../../helpers';
import { create } from './create.operation';
import { summaryKind } from './fields';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/summaries */
export const summary = {
	name: 'Summary (Beta)',
	description: 'AI summaries of transcriptions; a Whereby beta for selected customers',
	operations: {
		create,
		get: stored.getOperation(summaryKind),
		// No room filter in the API.
		getAll: stored.listOperation(summaryKind, {
			roomNameFilter: false,
			sortFields: [
				['startDate', 'Start Date'],
				['roomName', 'Room Name'],
			],
		}),
		delete: stored.deleteOperation(summaryKind),
	},
} satisfies Resource;
