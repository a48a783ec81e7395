import { storedKind } from '../../fields';

export const summaryKind = storedKind('summary', 'summaries', {
	description: 'The summary, as returned by Create or Get Many',
	placeholder: 'e.g. c429ff78-9f03-49de-b427-546bcd848050',
	searchListMethod: 'searchSummaries',
});
