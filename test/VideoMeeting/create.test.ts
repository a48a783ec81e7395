import { VideoMeeting } from '../../nodes/VideoMeeting/VideoMeeting.node';
import { runNode } from '../kit/harness';
import { meetingMock, PAGECALL_SECRET, wherebyMeeting } from './fixtures';

const mock = meetingMock();
const node = new VideoMeeting();
const create = (provider: string, extra: Record<string, unknown> = {}) => ({
	provider,
	resource: 'meeting',
	operation: 'create',
	title: 'Daily stand-up',
	endDate: '2099-01-01T10:00:00+01:00',
	...extra,
});

describe('Video Meeting create on Whereby', () => {
	it('sends one request per item with the title as room name prefix, and answers in the common shape', async () => {
		const { server } = mock;
		let n = 0;
		server.on('POST', '/whereby/meetings', (req) => ({
			status: 201,
			body: wherebyMeeting(String(++n), req.json),
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{ title: 'Café Stand-up #3' }, { title: 'Review' }],
			parameters: create('whereby', {
				title: '={{ $json.title }}',
				additionalFields: {
					hostLink: true,
					recording: 'on',
					startDate: '2099-01-01T09:00:00+01:00',
				},
			}),
		});
		expect(result.error).toBeUndefined();
		const sent = server.received('POST', '/whereby/meetings');
		expect(sent.map((r) => r.headers.authorization)).toEqual(['Bearer wb-key', 'Bearer wb-key']);
		expect(sent.map((r) => r.json)).toEqual(
			['cafestandup3', 'review'].map((roomNamePrefix) => ({
				endDate: '2099-01-01T10:00:00.000+01:00',
				roomNamePrefix,
				fields: ['hostRoomUrl'],
				recording: { type: 'cloud', destination: null, startTrigger: 'automatic' },
			})),
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toEqual({
			provider: 'whereby',
			meetingId: '1',
			title: 'Café Stand-up #3',
			joinUrl: 'https://demo.whereby.com/cafestandup3abc-1',
			hostUrl: 'https://demo.whereby.com/abc-1?roomKey=k-1',
			startDate: '2099-01-01T08:00:00.000Z',
			endDate: '2099-01-01T09:00:00.000Z',
			recording: 'on',
			data: wherebyMeeting('1', sent[0].json),
		});
	});

	it('sends only the end by default, with recording off as type none, and hostUrl null', async () => {
		const { server } = mock;
		server.on('POST', '/whereby/meetings', (req) => ({
			status: 201,
			body: wherebyMeeting('7', req.json),
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: create('whereby', { title: '🎉', additionalFields: { recording: 'off' } }),
		});
		expect(server.received()[0].json).toEqual({
			endDate: '2099-01-01T10:00:00.000+01:00',
			recording: { type: 'none', destination: null, startTrigger: 'none' },
		});
		expect(result.items[0].json).toMatchObject({
			hostUrl: null,
			startDate: '2026-12-01T09:00:00.000Z',
			recording: 'off',
		});
	});
});

describe('Video Meeting create on Pagecall', () => {
	it('creates the host user, then an open room with that host member; the host link carries its token', async () => {
		const { server, url } = mock;
		server.on('POST', '/pagecall/v1/users', (req) => ({
			body: { user: { ...req.json, access_token: 'pcat_host' } },
		}));
		server.on('POST', '/pagecall/v1/rooms', (req) => ({
			body: {
				room: {
					id: 'room1',
					name: req.json.name,
					type: req.json.type,
					record: req.json.record ?? true,
					webhook: { headers: { 'X-Webhook-Secret': PAGECALL_SECRET } },
				},
			},
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: create('pagecall', {
				additionalFields: {
					hostLink: true,
					recording: 'off',
					startDate: '2099-01-01T09:15:00+01:00',
				},
			}),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /pagecall/v1/users',
			'POST /pagecall/v1/rooms',
		]);
		const [user, room] = server.requests.map((r) => r.json);
		expect(user).toEqual({
			user_id: expect.stringMatching(/^n8n-host-[0-9a-f-]{36}$/),
			name: 'Host',
		});
		expect(room).toEqual({
			name: 'Daily stand-up',
			type: 'open',
			max_meeting_seconds: 45 * 60,
			record: false,
			members: [{ user_id: user.user_id, type: 'host' }],
		});
		expect(result.items[0].json).toEqual({
			provider: 'pagecall',
			meetingId: 'room1',
			title: 'Daily stand-up',
			joinUrl: `${url}/pagecall/room1`,
			hostUrl: `${url}/pagecall/room1?access_token=pcat_host`,
			startDate: '2099-01-01T08:15:00.000Z',
			endDate: '2099-01-01T09:00:00.000Z',
			recording: 'off',
			data: {
				id: 'room1',
				name: 'Daily stand-up',
				type: 'open',
				record: false,
				webhook: { headers: {} },
			},
		});
		expect(JSON.stringify(result.items[0].json.data)).not.toContain('pcat_host');
		expect(Object.keys(result.items[0].json)).toEqual([
			'provider',
			'meetingId',
			'title',
			'joinUrl',
			'hostUrl',
			'startDate',
			'endDate',
			'recording',
			'data',
		]);
	});

	it('without a host link sends one request, lets Pagecall choose recording and reports what it chose', async () => {
		const { server } = mock;
		server.on('POST', '/pagecall/v1/rooms', (req) => ({
			body: { room: { id: 'room2', name: req.json.name, record: true } },
		}));
		const before = Date.now();
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: create('pagecall', { endDate: '={{ $now.plus(45, "minutes") }}' }),
		});
		const ranFor = Math.ceil((Date.now() - before) / 1000);
		expect(server.requests).toHaveLength(1);
		const body = server.requests[0].json;
		expect(Object.keys(body)).toEqual(['name', 'type', 'max_meeting_seconds']);
		// 45 minutes from when the end date was read, less the moments the node took since.
		expect(body.max_meeting_seconds).toBeLessThanOrEqual(45 * 60);
		expect(body.max_meeting_seconds).toBeGreaterThanOrEqual(45 * 60 - ranFor);
		expect(result.items[0].json).toMatchObject({
			meetingId: 'room2',
			hostUrl: null,
			startDate: null,
			recording: 'on',
		});
	});
});

describe('Video Meeting create edge cases', () => {
	it('Whereby: a long title with accents and signs becomes at most 39 lowercase letters and digits', async () => {
		mock.server.on('POST', '/whereby/meetings', (req) => ({
			status: 201,
			body: wherebyMeeting('1', req.json),
		}));
		await runNode(node, {
			credentials: mock.credentials,
			parameters: create('whereby', {
				title: 'Réunion « Équipe » — São Paulo & Zürich: planejamento trimestral 2027',
			}),
		});
		expect(mock.server.requests[0].json.roomNamePrefix).toBe(
			'reunionequipesaopaulozurichplanejamento',
		);
		expect(mock.server.requests[0].json.roomNamePrefix).toHaveLength(39);
	});

	it('Pagecall: a host user without access token stops the item before the room is created', async () => {
		mock.server.on('POST', '/pagecall/v1/users', (req) => ({
			body: { user: { user_id: req.json.user_id } },
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: create('pagecall', { additionalFields: { hostLink: true } }),
		});
		expect(result.error?.message).toBe(
			'Pagecall created the host user but gave no access token (item 0); no room was created',
		);
		expect(mock.server.received('POST', '/pagecall/v1/rooms')).toHaveLength(0);
	});
});

describe('Video Meeting create on videochamada.com.br', () => {
	it('sends the end as expiresAt and the recording flag; there is no host link', async () => {
		const { server } = mock;
		server.on('POST', '/vc/api/calls', (req) => ({
			status: 201,
			body: {
				id: `call-${req.json.title}`,
				status: 'created',
				url: `https://videochamada.com.br/calls/call-${req.json.title}`,
			},
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			timezone: 'America/Sao_Paulo',
			items: [
				{ t: 'a', r: 'on' },
				{ t: 'b', r: 'providerDefault' },
			],
			parameters: create('videochamada', {
				title: '={{ $json.t }}',
				endDate: '2099-06-01T09:30:00',
				additionalFields: { hostLink: true, recording: '={{ $json.r }}' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(server.received('POST', '/vc/api/calls').map((r) => r.json)).toEqual([
			{ title: 'a', expiresAt: '2099-06-01T09:30:00.000-03:00', recording: true },
			{ title: 'b', expiresAt: '2099-06-01T09:30:00.000-03:00' },
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				provider: 'videochamada',
				meetingId: 'call-a',
				title: 'a',
				joinUrl: 'https://videochamada.com.br/calls/call-a',
				hostUrl: null,
				startDate: null,
				endDate: '2099-06-01T12:30:00.000Z',
				recording: 'on',
				data: { id: 'call-a', status: 'created', url: 'https://videochamada.com.br/calls/call-a' },
			},
			expect.objectContaining({ meetingId: 'call-b', recording: 'providerDefault' }),
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Video Meeting create input checks', () => {
	it.each([
		[{ title: ' ' }, 'Invalid "Title" (title) in item 0: must not be empty'],
		[
			{ endDate: 'next friday' },
			'Invalid "End" (endDate) in item 0: must be an ISO 8601 date and time',
		],
		[
			{ endDate: '2020-01-01T00:00:00Z' },
			'Invalid "End" (endDate) in item 0: must be in the future',
		],
		[
			{ additionalFields: { startDate: '2099-01-01T11:00:00+01:00' } },
			'Invalid "Start" (additionalFields.startDate) in item 0: must be before the End',
		],
		[
			{ additionalFields: { recording: 'yes' } },
			'Invalid "Recording" (additionalFields.recording) in item 0: must be one of providerDefault, on, off',
		],
		[
			{ additionalFields: { hostLink: 'maybe' } },
			'Invalid "Host Link" (additionalFields.hostLink) in item 0: must be true or false',
		],
	])('rejects %j on every provider before any request', async (fields, message) => {
		for (const provider of ['whereby', 'pagecall', 'videochamada']) {
			const result = await runNode(node, {
				credentials: mock.credentials,
				parameters: create(provider, fields),
			});
			expect(result.error?.message).toContain(message);
		}
		expect(mock.server.requests).toHaveLength(0);
	});

	it('reads a Host Link of "false" from an expression as false', async () => {
		mock.server.on('POST', '/pagecall/v1/rooms', { body: { room: { id: 'r' } } });
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: create('pagecall', { additionalFields: { hostLink: '={{ "false" }}' } }),
		});
		expect(result.items[0].json.hostUrl).toBeNull();
		expect(mock.server.received('POST', '/pagecall/v1/users')).toHaveLength(0);
	});

	it('under continueOnFail gives each failed item its error (bad input sends nothing) and keeps pairing', async () => {
		const { server } = mock;
		server.on('POST', '/whereby/meetings', (req) =>
			req.json.roomNamePrefix === 'boom'
				? { status: 400, body: { error: 'endDate <b>too far</b>' } }
				: { status: 201, body: wherebyMeeting('9', req.json) },
		);
		const result = await runNode(node, {
			credentials: mock.credentials,
			continueOnFail: true,
			items: [
				{ t: 'ok', end: '2099-01-01T00:00:00Z' },
				{ t: 'late', end: '2001-01-01T00:00:00Z' },
				{ t: 'boom', end: '2099-01-01T00:00:00Z' },
			],
			parameters: create('whereby', { title: '={{ $json.t }}', endDate: '={{ $json.end }}' }),
		});
		expect(result.error).toBeUndefined();
		expect(server.received('POST').map((r) => r.json.roomNamePrefix)).toEqual(['ok', 'boom']);
		expect(result.items.map((i) => [i.json.meetingId ?? i.json.error, i.pairedItem])).toEqual([
			['9', { item: 0 }],
			[
				'Invalid "End" (endDate) in item 1: must be in the future (got 2001-01-01T00:00:00.000Z)',
				{ item: 1 },
			],
			['Whereby returned 400: endDate &#60;b&#62;too far&#60;/b&#62;', { item: 2 }],
		]);
		expect(result.items[2].json.statusCode).toBe(400);
	});
});
