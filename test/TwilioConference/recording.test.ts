import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { ACCOUNT, CF, listPage, RE, ROOT, twilioCredentials } from './fixtures';

const server = mockServer();

const node = new TwilioConference();
const recording = (sid: string, extra: Record<string, unknown> = {}) => ({
	account_sid: ACCOUNT,
	sid,
	conference_sid: CF,
	status: 'completed',
	...extra,
});
const run = (operation: string, params: Record<string, unknown>) =>
	runNode(node, {
		credentials: twilioCredentials(server.url),
		parameters: {
			resource: 'recording',
			operation,
			conferenceSid: CF,
			recordingSid: RE,
			...params,
		},
	});

describe('Twilio conference recordings', () => {
	it('gets a recording', async () => {
		server.on('GET', `${ROOT}/Conferences/${CF}/Recordings/${RE}.json`, { body: recording(RE) });
		const result = await run('get', {});
		expect(result.items).toEqual([{ json: recording(RE), pairedItem: { item: 0 } }]);
	});

	it('lists recordings with date filters, following next_page_uri', async () => {
		const path = `${ROOT}/Conferences/${CF}/Recordings.json`;
		server.on('GET', path, (req) =>
			req.query.Page
				? listPage('recordings', [recording(`RE${'2'.repeat(32)}`)], null)
				: listPage(
						'recordings',
						[recording(RE)],
						`${path}?DateCreated%3E=2026-01-01&PageSize=1000&Page=1&PageToken=PT`,
					),
		);
		const result = await run('getAll', {
			returnAll: true,
			filters: { dateCreatedAfter: '2026-01-01' },
		});
		expect(result.items.map((i) => i.json.sid)).toEqual([RE, `RE${'2'.repeat(32)}`]);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ PageSize: '1000', 'DateCreated>': '2026-01-01' },
			{ PageSize: '1000', 'DateCreated>': '2026-01-01', Page: '1', PageToken: 'PT' },
		]);
	});

	it('pauses the active recording with Twilio.CURRENT and a pause behavior', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}/Recordings/Twilio.CURRENT.json`, {
			body: recording(RE, { status: 'paused' }),
		});
		const result = await run('update', {
			recordingSid: { __rl: true, mode: 'id', value: 'Twilio.CURRENT' },
			status: 'paused',
			updateFields: { pauseBehavior: 'skip' },
		});
		expect(result.items[0].json.status).toBe('paused');
		expect(server.requests[0].body).toBe('Status=paused&PauseBehavior=skip');
	});

	it('resumes a recording by SID', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}/Recordings/${RE}.json`, {
			body: recording(RE, { status: 'in-progress' }),
		});
		await run('update', { status: 'in-progress' });
		expect(server.requests[0].body).toBe('Status=in-progress');
	});

	it.each([
		[
			'update',
			{ status: 'resumed' },
			'Invalid "Status" (status) in item 0: must be one of in-progress, paused, stopped',
		],
		[
			'update',
			{ status: 'stopped', updateFields: { pauseBehavior: 'skip' } },
			'Invalid "Pause Behavior" (updateFields.pauseBehavior) in item 0: only allowed with Status "paused"',
		],
		[
			'update',
			{ status: 'paused', updateFields: { pauseBehavior: 'mute' } },
			'Invalid "Pause Behavior" (updateFields.pauseBehavior) in item 0',
		],
		[
			'update',
			{ recordingSid: 'twilio.current', status: 'paused' },
			'Invalid "Recording" (recordingSid) in item 0: must be a recording SID (RE followed by 32 hex characters) or Twilio.CURRENT',
		],
		[
			'get',
			{ recordingSid: 'Twilio.CURRENT' },
			'Invalid "Recording" (recordingSid) in item 0: must be a recording SID: RE followed by 32 hex characters',
		],
		[
			'delete',
			{ recordingSid: `RE${'x'.repeat(32)}` },
			'Invalid "Recording" (recordingSid) in item 0',
		],
		[
			'getAll',
			{ returnAll: true, filters: { dateCreatedBefore: '31/01/2026' } },
			'Invalid "Date Created Before" (filters.dateCreatedBefore) in item 0',
		],
	])('%s refuses %j before any request', async (operation, params, message) => {
		const result = await run(operation, params);
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('delete returns deleted: true with the recording SID', async () => {
		server.on('DELETE', `${ROOT}/Conferences/${CF}/Recordings/${RE}.json`, { status: 204 });
		const result = await run('delete', {});
		expect(result.items).toEqual([
			{ json: { deleted: true, recordingSid: RE }, pairedItem: { item: 0 } },
		]);
	});
});
