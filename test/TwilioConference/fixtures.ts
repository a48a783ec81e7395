import type { IDataObject } from 'n8n-workflow';

import { TwilioConferenceApi } from '../../credentials/TwilioConferenceApi.credentials';
import { credential } from '../kit/mockApi';

export const ACCOUNT = `AC${'a1'.repeat(16)}`;
export const AUTH_TOKEN = 'unit-test-auth-value';
export const KEY_SID = `SK${'b2'.repeat(16)}`;
export const KEY_SECRET = 'key-secret-0002';
export const CF = `CF${'c3'.repeat(16)}`;
export const CF2 = `CF${'c4'.repeat(16)}`;
export const CA = `CA${'d5'.repeat(16)}`;
export const CA2 = `CA${'d6'.repeat(16)}`;
export const RE = `RE${'e7'.repeat(16)}`;

export const ROOT = `/2010-04-01/Accounts/${ACCOUNT}`;

export const basic = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** The twilioConferenceApi credential (Auth Token) against `baseUrl`, with `data` changed. */
export const twilioCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new TwilioConferenceApi(), {
		accountSid: ACCOUNT,
		authType: 'authToken',
		authToken: AUTH_TOKEN,
		baseUrl,
		...data,
	});

/** A Twilio error body, as twilio-node's RestException reads it. */
export const twilioError = (status: number, code: number, message: string) => ({
	status,
	body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export const conferenceJson = (sid: string, extra: Record<string, unknown> = {}) => ({
	account_sid: ACCOUNT,
	sid,
	friendly_name: `room-${sid.slice(-4)}`,
	status: 'in-progress',
	uri: `${ROOT}/Conferences/${sid}.json`,
	...extra,
});

/** A list page as Twilio returns it: the items and a root-relative next_page_uri. */
export const listPage = (key: string, items: unknown[], next: string | null, pageSize = 50) => ({
	body: {
		[key]: items,
		next_page_uri: next,
		page: 0,
		page_size: pageSize,
		first_page_uri: '',
		previous_page_uri: null,
		start: 0,
		end: items.length - 1,
		uri: '',
	},
});
