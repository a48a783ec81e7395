import type { IDataObject } from 'n8n-workflow';

import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { callListSearch } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import {
	basic,
	ACCOUNT,
	AUTH_TOKEN,
	CA,
	CF,
	conferenceJson,
	ROOT,
	twilioCredentials,
} from './fixtures';

const server = mockServer();

const node = new TwilioConference();
const search = (method: string, parameters: IDataObject, filter?: string, token?: string) =>
	callListSearch(
		node,
		{ credentials: twilioCredentials(server.url), parameters },
		method,
		filter,
		token,
	);

describe('Twilio Conference "From List" searches', () => {
	it('lists conferences 50 a page and hands back next_page_uri as the token', async () => {
		const next = `${ROOT}/Conferences.json?PageSize=50&Page=1&PageToken=PA1`;
		server.on('GET', `${ROOT}/Conferences.json`, {
			body: { conferences: [conferenceJson(CF)], next_page_uri: next },
		});
		const first = await search('searchConferences', { resource: 'conference', operation: 'get' });
		expect(first.results).toEqual([{ name: `room-${CF.slice(-4)} (in-progress, ?)`, value: CF }]);
		expect(first.paginationToken).toBe(next);
		expect(server.requests[0].query).toEqual({ PageSize: '50' });
		expect(server.requests[0].headers.authorization).toBe(basic(ACCOUNT, AUTH_TOKEN));

		server.reset();
		server.on('GET', `${ROOT}/Conferences.json`, {
			body: { conferences: [], next_page_uri: null },
		});
		const second = await search(
			'searchConferences',
			{ resource: 'conference', operation: 'get' },
			undefined,
			next,
		);
		expect(second).toEqual({ results: [], paginationToken: undefined });
		expect(server.requests[0].query).toEqual({ PageSize: '50', Page: '1', PageToken: 'PA1' });
	});

	it('lists the participants of the conference chosen in the node, filtered on the typed text', async () => {
		server.on('GET', `${ROOT}/Conferences/${CF}/Participants.json`, {
			body: {
				participants: [
					{ call_sid: CA, label: 'customer', status: 'connected' },
					{ call_sid: `CA${'9'.repeat(32)}`, label: 'agent', status: 'connected' },
				],
				next_page_uri: null,
			},
		});
		const result = await search(
			'searchParticipants',
			{
				resource: 'participant',
				operation: 'get',
				conferenceSid: { __rl: true, mode: 'id', value: CF },
			},
			'cust',
		);
		expect(result).toEqual({
			results: [{ name: 'customer (connected)', value: CA }],
			paginationToken: undefined,
		});
	});

	it('asks nothing while no conference is chosen', async () => {
		const result = await search('searchParticipants', {
			resource: 'participant',
			operation: 'get',
			conferenceSid: { __rl: true, mode: 'id', value: '' },
		});
		expect(result).toEqual({ results: [] });
		expect(server.requests).toHaveLength(0);
	});
});
