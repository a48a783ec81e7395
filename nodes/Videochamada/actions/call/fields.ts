import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/descriptions';

/** A call link such as https://videochamada.com.br/calls/call_123 carries the call ID. */
export const CALL_URL_REGEX = 'https?://[^/]+/(?:api/)?calls/([^/?#]+)';

export const callIdField = (description: string): INodeProperties =>
	idLocator({
		name: 'callId',
		displayName: 'Call ID',
		description,
		placeholder: 'e.g. call_123',
		urlRegex: CALL_URL_REGEX,
		urlPlaceholder: 'e.g. https://videochamada.com.br/calls/call_123',
		searchListMethod: 'searchCalls',
	});

export const CALL_ID = { name: 'callId', displayName: 'Call ID' };
