import type { IDataObject } from 'n8n-workflow';

import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import { credential } from '../kit/mockApi';

/** A made-up instance token for the mock server. */
export const TOKEN = 'vectalk-test-instance';
export const WEBHOOK_SECRET = 'vectalk-webhook-secret';
export const VERIFY_TOKEN = 'my-verify-token';

/** The vecTalkApi credential against `baseUrl`, with `data` changed. */
export const vecTalkCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new VecTalkApi(), {
		apiToken: TOKEN,
		webhookSecret: WEBHOOK_SECRET,
		verifyToken: VERIFY_TOKEN,
		baseUrl,
		...data,
	});

// Meta's `calls` webhook (API-NOTES.md §E): the business number's metadata and the two call events.
export const metadata = {
	display_phone_number: '15550001111',
	phone_number_id: '106540352242922',
};

/** A user's call to the business number, with the SDP offer `sdp`. */
export const connectCall = (id: string, sdp: string) => ({
	id,
	to: '15550001111',
	from: '5511999990000',
	event: 'connect',
	timestamp: '1771000000',
	direction: 'USER_INITIATED',
	session: { sdp_type: 'offer', sdp },
});

/** The end of a 90-second call the business placed, with `extra` fields. */
export const terminateCall = (id: string, extra: IDataObject = {}) => ({
	id,
	to: '5511988880000',
	from: '15550001111',
	event: 'terminate',
	timestamp: '1771000100',
	direction: 'BUSINESS_INITIATED',
	status: 'COMPLETED',
	...extra,
	duration: 90,
});
