import { idLocator } from '../../../shared/descriptions';
import type { Stored } from '../stored';

export const summaryKind: Stored = {
	noun: 'summary',
	plural: 'summaries',
	path: '/summaries',
	id: { name: 'summaryId', displayName: 'Summary ID' },
	locator: idLocator({
		name: 'summaryId',
		displayName: 'Summary ID',
		description: 'The summary, as returned by Create or Get Many',
		placeholder: 'e.g. c429ff78-9f03-49de-b427-546bcd848050',
		searchListMethod: 'searchSummaries',
	}),
};

export const TEMPLATES = [
	'General Narrative',
	'General Bulleted',
	'SOAP',
	'Extended SOAP',
	'Educational Lecture',
	'Educational Tutoring',
] as const;
