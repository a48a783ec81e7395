import { idLocator } from '../shared/descriptions';

/** A call link such as https://videochamada.com.br/calls/call_123 carries the call ID. */
const CALL_URL_REGEX = 'https?://[^/]+/(?:api/)?calls/([^/?#]+)';

/** The call an operation acts on, as a resource locator (by ID, from its link, or from a list). */
export const callIdField = (description: string) =>
	idLocator({
		name: 'callId',
		displayName: 'Call ID',
		description,
		placeholder: 'e.g. call_123',
		urlRegex: CALL_URL_REGEX,
		urlPlaceholder: 'e.g. https://videochamada.com.br/calls/call_123',
		searchListMethod: 'searchCalls',
	});
