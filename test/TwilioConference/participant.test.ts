import type { IDataObject } from 'n8n-workflow';

import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { ACCOUNT, CA, CA2, CF, listPage, ROOT, twilioCredentials, twilioError } from './fixtures';

const server = mockServer();

const node = new TwilioConference();
const participant = (callSid: string, extra: Record<string, unknown> = {}) => ({
	account_sid: ACCOUNT,
	call_sid: callSid,
	conference_sid: CF,
	status: 'connected',
	...extra,
});
const create = (params: IDataObject, items?: IDataObject[]) =>
	runNode(node, {
		credentials: twilioCredentials(server.url),
		items,
		parameters: {
			resource: 'participant',
			operation: 'create',
			conferenceSid: CF,
			from: '+14155550100',
			to: '+14155550199',
			...params,
		},
	});

describe('Twilio participant create', () => {
	it('adds one call per item, form-encoded: PascalCase names, "true"/"false", repeated event keys', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}/Participants.json`, (req) => ({
			status: 201,
			body: participant(CA, { label: req.form?.Label }),
		}));
		const result = await create(
			{
				to: '={{ $json.to }}',
				additionalFields: {
					label: '={{ $json.label }}',
					muted: true,
					startConferenceOnEnter: false,
					beep: 'onEnter',
					timeout: 30,
					maxParticipants: 10,
					conferenceStatusCallback: 'https://n8n.example.com/webhook/abc/webhook',
					conferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'],
					conferenceStatusCallbackMethod: 'POST',
					statusCallbackEvent: ['ringing', 'answered'],
					region: 'ie1',
				},
			},
			[
				{ to: '+1 (415) 555-0199', label: 'customer' },
				{ to: 'client:agent_7', label: 'agent' },
				{ to: 'sip:alice@example.sip.twilio.com;transport=tls', label: 'sip' },
			],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.label, i.pairedItem])).toEqual([
			['customer', { item: 0 }],
			['agent', { item: 1 }],
			['sip', { item: 2 }],
		]);
		const sent = server.received('POST');
		expect(sent).toHaveLength(3);
		expect(sent[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(sent[0].body).toBe(
			'From=%2B14155550100&To=%2B14155550199&Beep=onEnter&ConferenceStatusCallback=https%3A%2F%2Fn8n.example.com%2Fwebhook%2Fabc%2Fwebhook' +
				'&ConferenceStatusCallbackEvent=start&ConferenceStatusCallbackEvent=end&ConferenceStatusCallbackEvent=join&ConferenceStatusCallbackEvent=leave' +
				'&ConferenceStatusCallbackMethod=POST&Label=customer&MaxParticipants=10&Muted=true&Region=ie1&StartConferenceOnEnter=false' +
				'&StatusCallbackEvent=ringing&StatusCallbackEvent=answered&Timeout=30',
		);
		expect(sent[1].form?.To).toBe('client:agent_7');
		expect(sent[2].form?.To).toBe('sip:alice@example.sip.twilio.com;transport=tls');
	});

	it('accepts a friendly name instead of a conference SID, percent-encoded in the path', async () => {
		server.on('POST', /Participants\.json$/, { status: 201, body: participant(CA) });
		const result = await create({
			conferenceSid: { __rl: true, mode: 'id', value: 'Sales / Team A' },
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].path).toBe(
			`${ROOT}/Conferences/Sales%20%2F%20Team%20A/Participants.json`,
		);
	});

	it('sends coaching with the call being coached', async () => {
		server.on('POST', /Participants\.json$/, { status: 201, body: participant(CA) });
		await create({ additionalFields: { coaching: true, callSidToCoach: CA2 } });
		expect(server.requests[0].form).toMatchObject({ Coaching: 'true', CallSidToCoach: CA2 });
	});

	it.each([
		[
			{ from: '4155550100' },
			'Invalid "From" (from) in item 0: must be a phone number in E.164 format',
		],
		[{ to: '+0155550100' }, 'Invalid "To" (to) in item 0: must be a phone number in E.164'],
		[{ to: '+1415555010012345' }, 'Invalid "To" (to) in item 0'],
		[{ to: 'sip:no-host' }, 'Invalid "To" (to) in item 0'],
		[{ to: 'client:' }, 'Invalid "To" (to) in item 0'],
		[{ to: '' }, 'Invalid "To" (to) in item 0: must not be empty'],
		[
			{ conferenceSid: 'CF0123456789abcdef' },
			'Invalid "Conference" (conferenceSid) in item 0: must be a conference SID (CF followed by 32 hex characters) or a friendly name',
		],
		[
			{ conferenceSid: 'x'.repeat(129) },
			'Invalid "Conference" (conferenceSid) in item 0: must be at most 128 characters',
		],
		[
			{ additionalFields: { timeout: 4 } },
			'Invalid "Call: Ring Timeout (Seconds)" (additionalFields.timeout) in item 0: must be at least 5',
		],
		[
			{ additionalFields: { timeout: 601 } },
			'Invalid "Call: Ring Timeout (Seconds)" (additionalFields.timeout) in item 0: must be at most 600',
		],
		[
			{ additionalFields: { maxParticipants: 1 } },
			'Invalid "Conference: Max Participants" (additionalFields.maxParticipants) in item 0: must be at least 2',
		],
		[
			{ additionalFields: { maxParticipants: 251 } },
			'Invalid "Conference: Max Participants" (additionalFields.maxParticipants) in item 0: must be at most 250',
		],
		[
			{ additionalFields: { beep: 'always' } },
			'Invalid "Conference: Beep" (additionalFields.beep) in item 0: must be one of true, false, onEnter, onExit',
		],
		[
			{ additionalFields: { conferenceRecord: 'yes' } },
			'Invalid "Conference: Record" (additionalFields.conferenceRecord) in item 0',
		],
		[
			{ additionalFields: { region: 'eu1' } },
			'Invalid "Conference: Region" (additionalFields.region) in item 0',
		],
		[
			{ additionalFields: { statusCallbackEvent: ['started'] } },
			'Invalid "Call: Status Callback Events" (additionalFields.statusCallbackEvent) in item 0: must be one of initiated',
		],
		[
			{ additionalFields: { conferenceStatusCallbackEvent: ['participant-join'] } },
			'Invalid "Conference: Status Callback Events" (additionalFields.conferenceStatusCallbackEvent) in item 0',
		],
		[
			{ additionalFields: { conferenceStatusCallback: 'n8n.example.com/hook' } },
			'Invalid "Conference: Status Callback URL" (additionalFields.conferenceStatusCallback) in item 0: must be an absolute http',
		],
		[
			{ additionalFields: { waitUrl: 'javascript:alert(1)' } },
			'Invalid "Conference: Wait URL" (additionalFields.waitUrl) in item 0',
		],
		[
			{ additionalFields: { statusCallbackMethod: 'DELETE' } },
			'Invalid "Call: Status Callback Method" (additionalFields.statusCallbackMethod) in item 0',
		],
		[
			{ additionalFields: { callSidToCoach: 'CA123' } },
			'Invalid "Participant: Call SID to Coach" (additionalFields.callSidToCoach) in item 0: must be a call SID',
		],
		[
			{ additionalFields: { coaching: true } },
			'Invalid "Participant: Call SID to Coach" (additionalFields.callSidToCoach) in item 0: required when Coaching is on',
		],
	])('refuses %j before any request', async (params, message) => {
		const result = await create(params);
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('never sends an option the node does not declare', async () => {
		server.on('POST', /Participants\.json$/, { status: 201, body: participant(CA) });
		await create({ additionalFields: { muted: true, sipAuthPassword: 'secret', Foo: 'bar' } });
		expect(server.requests[0].body).toBe('From=%2B14155550100&To=%2B14155550199&Muted=true');
	});

	it('shows Twilio error 21217 with its link', async () => {
		server.on(
			'POST',
			/Participants\.json$/,
			twilioError(400, 21217, 'Phone number does not appear to be valid'),
		);
		const result = await create({});
		expect(result.error?.message).toBe(
			'Twilio returned 400 (code 21217): Phone number does not appear to be valid',
		);
		expect(result.error?.description).toContain('More: https://www.twilio.com/docs/errors/21217');
		expect(server.requests).toHaveLength(1);
	});

	it('never sends a create twice after a 5xx', async () => {
		server.on('POST', /Participants\.json$/, twilioError(503, 20500, 'Service unavailable'));
		const result = await create({});
		expect(result.error?.httpCode).toBe('503');
		expect(server.requests).toHaveLength(1);
	});
});

describe('Twilio participant get / getAll / update / delete', () => {
	it('gets a participant by label, percent-encoded', async () => {
		server.on('GET', /Participants\/.+\.json$/, { body: participant(CA, { label: 'vip guest' }) });
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'participant',
				operation: 'get',
				conferenceSid: CF,
				callSid: { __rl: true, mode: 'id', value: 'vip guest' },
			},
		});
		expect(result.items[0].json.label).toBe('vip guest');
		expect(server.requests[0].path).toBe(`${ROOT}/Conferences/${CF}/Participants/vip%20guest.json`);
	});

	it('lists participants with boolean filters and stops at the limit', async () => {
		server.on(
			'GET',
			`${ROOT}/Conferences/${CF}/Participants.json`,
			listPage(
				'participants',
				[participant(CA), participant(CA2)],
				`${ROOT}/Conferences/${CF}/Participants.json?Muted=true&PageSize=2&Page=1`,
			),
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'participant',
				operation: 'getAll',
				conferenceSid: CF,
				returnAll: false,
				limit: 2,
				filters: { muted: true, hold: false },
			},
		});
		expect(result.items.map((i) => i.json.call_sid)).toEqual([CA, CA2]);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ PageSize: '2', Muted: 'true', Hold: 'false' },
		]);
	});

	it('updates: mute, hold with hold music, announce', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}/Participants/${CA}.json`, {
			body: participant(CA, { muted: true, hold: true }),
		});
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'participant',
				operation: 'update',
				conferenceSid: CF,
				callSid: CA,
				updateFields: {
					muted: true,
					hold: true,
					holdUrl: 'https://example.com/hold.mp3',
					holdMethod: 'GET',
					announceUrl: 'https://example.com/a.xml',
					beepOnExit: false,
				},
			},
		});
		expect(result.items[0].json).toMatchObject({ muted: true, hold: true });
		expect(server.requests[0].body).toBe(
			'AnnounceUrl=https%3A%2F%2Fexample.com%2Fa.xml&BeepOnExit=false&Hold=true&HoldMethod=GET&HoldUrl=https%3A%2F%2Fexample.com%2Fhold.mp3&Muted=true',
		);
	});

	it.each([
		[
			{ callSid: 'CA42424242424242' },
			{ muted: true },
			'Invalid "Participant" (callSid) in item 0: must be a call SID (CA followed by 32 hex characters) or a participant label',
		],
		[
			{ conferenceSid: 'my-room' },
			{ muted: true },
			'Invalid "Conference" (conferenceSid) in item 0: must be a conference SID',
		],
		[{}, { holdUrl: 'not a url' }, 'Invalid "Hold URL" (updateFields.holdUrl) in item 0'],
		[{}, { coaching: true }, 'required when Coaching is on'],
		[{}, {}, 'Nothing to update in item 0'],
	])('refuses update %j %j before any request', async (ids, updateFields, message) => {
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'participant',
				operation: 'update',
				conferenceSid: CF,
				callSid: CA,
				...ids,
				updateFields,
			},
		});
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('delete (kick) returns deleted: true with the call SID, per item', async () => {
		server.on('DELETE', /Participants\/CA\w+\.json$/, { status: 204 });
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			items: [{ call: CA }, { call: CA2 }],
			parameters: {
				resource: 'participant',
				operation: 'delete',
				conferenceSid: CF,
				callSid: '={{ $json.call }}',
			},
		});
		expect(result.items).toEqual([
			{ json: { deleted: true, callSid: CA }, pairedItem: { item: 0 } },
			{ json: { deleted: true, callSid: CA2 }, pairedItem: { item: 1 } },
		]);
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`DELETE ${ROOT}/Conferences/${CF}/Participants/${CA}.json`,
			`DELETE ${ROOT}/Conferences/${CF}/Participants/${CA2}.json`,
		]);
	});
});
