import { VideoMeeting } from '../../nodes/VideoMeeting/VideoMeeting.node';
import { durationSeconds } from '../../nodes/VideoMeeting/attendance/visit';
import { runNode } from '../kit/harness';
import { meetingMock } from './fixtures';

const mock = meetingMock();
const node = new VideoMeeting();
const attendance = (provider: string, meetingId: string, extra: Record<string, unknown> = {}) => ({
	provider,
	resource: 'meeting',
	operation: 'getAttendance',
	meetingId,
	returnAll: true,
	...extra,
});
const KEYS = [
	'provider',
	'meetingId',
	'participantId',
	'name',
	'externalId',
	'joinedAt',
	'leftAt',
	'durationSeconds',
	'data',
];

/** A Whereby insights participant record. */
const wbParticipant = (session: string, n: number, joinedAt: string, leftAt: string | null) => ({
	roomSessionId: session,
	participantId: `${session}-p${n}`,
	displayName: `Person ${n}`,
	externalId: n === 1 ? 'crm-42' : null,
	roleName: 'visitor',
	joinedAt,
	leftAt,
});

describe('Video Meeting get attendance: Whereby', () => {
	it('reads the room of the meeting, then every session (earliest first) and its participants, one item per visit', async () => {
		const { server } = mock;
		server.on('GET', '/whereby/meetings/m1', {
			body: {
				meetingId: 'm1',
				roomName: '/standup-abc',
				roomUrl: 'https://x.whereby.com/standup-abc',
			},
		});
		server.on('GET', '/whereby/insights/room-sessions', {
			body: {
				results: [
					{ roomSessionId: 's2', startedAt: '2026-12-01T10:00:00.000Z' },
					{ roomSessionId: 's1', startedAt: '2026-12-01T09:00:00.000Z' },
				],
				cursor: null,
			},
		});
		server.on('GET', '/whereby/insights/participants', (req) =>
			req.query.roomSessionId === 's1'
				? {
						body: {
							results: [
								wbParticipant('s1', 1, '2026-12-01T09:00:00.000Z', '2026-12-01T09:30:15.500Z'),
							],
							cursor: null,
						},
					}
				: {
						body: {
							results: [wbParticipant('s2', 2, '2026-12-01T10:00:00+01:00', null)],
							cursor: null,
						},
					},
		);
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('whereby', 'm1'),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => [r.path, r.query])).toEqual([
			['/whereby/meetings/m1', {}],
			['/whereby/insights/room-sessions', { roomName: '/standup-abc', limit: '100' }],
			[
				'/whereby/insights/participants',
				{ roomSessionId: 's1', sortBy: 'joinedAt:asc', limit: '100' },
			],
			[
				'/whereby/insights/participants',
				{ roomSessionId: 's2', sortBy: 'joinedAt:asc', limit: '100' },
			],
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				provider: 'whereby',
				meetingId: 'm1',
				participantId: 's1-p1',
				name: 'Person 1',
				externalId: 'crm-42',
				joinedAt: '2026-12-01T09:00:00.000Z',
				leftAt: '2026-12-01T09:30:15.500Z',
				durationSeconds: 1815.5,
				data: wbParticipant('s1', 1, '2026-12-01T09:00:00.000Z', '2026-12-01T09:30:15.500Z'),
			},
			{
				provider: 'whereby',
				meetingId: 'm1',
				participantId: 's2-p2',
				name: 'Person 2',
				externalId: null,
				joinedAt: '2026-12-01T09:00:00.000Z',
				leftAt: null,
				durationSeconds: null,
				data: wbParticipant('s2', 2, '2026-12-01T10:00:00+01:00', null),
			},
		]);
		expect(Object.keys(result.items[0].json)).toEqual(KEYS);
	});

	it('Limit stops across sessions: no request for a session once the limit is reached', async () => {
		const { server } = mock;
		server.on('GET', '/whereby/insights/room-sessions', {
			body: {
				results: [
					{ roomSessionId: 's1', startedAt: '1' },
					{ roomSessionId: 's2', startedAt: '2' },
				],
				cursor: null,
			},
		});
		server.on('GET', '/whereby/insights/participants', (req) => ({
			body: {
				results: Array.from({ length: Number(req.query.limit) }, (_, n) =>
					wbParticipant(String(req.query.roomSessionId), n, '2026-12-01T09:00:00Z', null),
				),
				cursor: 'more',
			},
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('whereby', '/standup-abc', { returnAll: false, limit: 3 }),
		});
		expect(result.items).toHaveLength(3);
		// A room name is taken as is: no meeting lookup.
		expect(server.requests.map((r) => [r.path, r.query.roomSessionId, r.query.limit])).toEqual([
			['/whereby/insights/room-sessions', undefined, '100'],
			['/whereby/insights/participants', 's1', '3'],
		]);
	});

	it('takes a room URL as the room, and names a missing meeting', async () => {
		const { server } = mock;
		server.on('GET', '/whereby/insights/room-sessions', { body: { results: [], cursor: null } });
		const byUrl = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('whereby', 'https://acme.whereby.com/standup-abc'),
		});
		expect(byUrl.items).toEqual([]);
		expect(server.requests[0].query.roomName).toBe('/standup-abc');
		server.on('GET', '/whereby/meetings/gone', {
			status: 404,
			body: { error: 'Meeting not found' },
		});
		const gone = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('whereby', 'gone'),
		});
		expect(gone.error?.message).toBe('Whereby returned 404: Meeting not found');
		expect(gone.error?.description).toContain('No meeting "gone" was found');
	});
});

describe('Video Meeting get attendance: Pagecall', () => {
	it('one visit per session of the room, paged with the Limit, per input item', async () => {
		const { server } = mock;
		server.on('GET', /^\/pagecall\/v1\/rooms\/[^/]+\/sessions$/, (req) => ({
			body: {
				sessions: [
					{
						id: 'se1',
						user_id: 'u-ana',
						member_id: 'mem-1',
						connected_at: '2026-12-01T09:00:00.000Z',
						disconnected_at: '2026-12-01T09:45:00.000Z',
						elapsed_time: 5,
					},
					{
						id: 'se2',
						user_id: 'u-bo',
						connected_at: '2026-12-01T09:10:00.000Z',
						disconnected_at: null,
					},
				].slice(0, Number(req.query.limit)),
				paging: { total: 2 },
			},
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{ room: 'r1' }, { room: 'r 2' }],
			parameters: attendance('pagecall', '={{ $json.room }}', { returnAll: false, limit: 1 }),
		});
		expect(server.requests.map((r) => [r.path, r.query])).toEqual([
			['/pagecall/v1/rooms/r1/sessions', { offset: '0', limit: '1' }],
			['/pagecall/v1/rooms/r%202/sessions', { offset: '0', limit: '1' }],
		]);
		expect(server.requests[0].headers.authorization).toBe('Bearer pc-token');
		expect(
			result.items.map((i) => [
				i.json.meetingId,
				i.json.participantId,
				i.json.externalId,
				i.json.durationSeconds,
				i.pairedItem,
			]),
		).toEqual([
			['r1', 'mem-1', 'u-ana', 2700, { item: 0 }],
			['r 2', 'mem-1', 'u-ana', 2700, { item: 1 }],
		]);
		expect(result.items[0].json.name).toBeNull();
	});

	it('a session still connected has no leftAt and no duration; a user without member is identified by the user ID', async () => {
		const { server } = mock;
		server.on('GET', '/pagecall/v1/rooms/r1/sessions', {
			body: {
				sessions: [
					{
						id: 'se2',
						user_id: 'u-bo',
						connected_at: '2026-12-01T09:10:00.000Z',
						disconnected_at: null,
					},
				],
				paging: { total: 1 },
			},
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('pagecall', 'r1'),
		});
		expect(result.items[0].json).toMatchObject({
			participantId: 'u-bo',
			externalId: 'u-bo',
			joinedAt: '2026-12-01T09:10:00.000Z',
			leftAt: null,
			durationSeconds: null,
		});
	});
});

describe('Video Meeting get attendance: videochamada.com.br', () => {
	const ana = {
		sessionId: 'session_ana',
		username: 'Ana',
		joinedAt: '2026-12-01T10:05:00.000Z',
		leftAt: '2026-12-01T10:35:00.000Z',
		active: false,
		events: [
			{ type: 'participant_left', timestamp: '2026-12-01T10:20:00.000Z' },
			{ type: 'participant_joined', timestamp: '2026-12-01T10:05:00.000Z' },
			{ type: 'participant_reconnected', timestamp: '2026-12-01T10:25:00.000Z' },
			{ type: 'participant_left', timestamp: '2026-12-01T10:35:00.000Z' },
		],
	};
	const bruno = {
		sessionId: 'session_bruno',
		username: 'Bruno',
		joinedAt: '2026-12-01T10:06:00.000Z',
		leftAt: null,
		active: true,
	};

	it('one visit per join → leave pair of events; a participant without events from joinedAt/leftAt', async () => {
		const { server } = mock;
		server.on('GET', '/vc/api/calls/call_1/participants', { body: [ana, bruno] });
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('videochamada', 'call_1'),
		});
		expect(server.requests[0].headers.authorization).toBe('Bearer vc-token');
		expect(
			result.items.map((i) => [
				i.json.participantId,
				i.json.name,
				i.json.joinedAt,
				i.json.leftAt,
				i.json.durationSeconds,
			]),
		).toEqual([
			['session_ana', 'Ana', '2026-12-01T10:05:00.000Z', '2026-12-01T10:20:00.000Z', 900],
			['session_ana', 'Ana', '2026-12-01T10:25:00.000Z', '2026-12-01T10:35:00.000Z', 600],
			['session_bruno', 'Bruno', '2026-12-01T10:06:00.000Z', null, null],
		]);
		expect(result.items[0].json).toMatchObject({
			provider: 'videochamada',
			meetingId: 'call_1',
			externalId: null,
			data: ana,
		});
	});

	it('Limit trims the visits; a 404 names the call', async () => {
		const { server } = mock;
		server.on('GET', '/vc/api/calls/call_1/participants', { body: [ana, bruno] });
		const limited = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('videochamada', 'call_1', { returnAll: false, limit: 1 }),
		});
		expect(limited.items.map((i) => i.json.leftAt)).toEqual(['2026-12-01T10:20:00.000Z']);
		server.on('GET', '/vc/api/calls/nope/participants', {
			status: 404,
			body: { message: 'Call not found', error: 'Not Found', statusCode: 404 },
		});
		const missing = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('videochamada', 'nope'),
		});
		expect(missing.error?.description).toContain('No call "nope" was found');
	});
});

describe('Video Meeting get attendance: input checks', () => {
	it('rejects an empty meeting ID and a Limit of 0 before any request, naming the item', async () => {
		const empty = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('pagecall', ' '),
		});
		expect(empty.error?.message).toBe(
			'Invalid "Meeting ID" (meetingId) in item 0: must not be empty',
		);
		const zero = await runNode(node, {
			credentials: mock.credentials,
			parameters: attendance('pagecall', 'r1', { returnAll: false, limit: 0 }),
		});
		expect(zero.error?.message).toBe('Invalid "Limit" (limit) in item 0: must be at least 1');
		expect(mock.server.requests).toHaveLength(0);
	});

	it('under continueOnFail a failing meeting becomes an error item and the next one still runs', async () => {
		const { server } = mock;
		server.on('GET', '/vc/api/calls/bad/participants', {
			status: 404,
			body: { message: 'Call not found', error: 'Not Found', statusCode: 404 },
		});
		server.on('GET', '/vc/api/calls/good/participants', {
			body: [
				{
					sessionId: 'session_bruno',
					username: 'Bruno',
					joinedAt: '2026-12-01T10:06:00.000Z',
					leftAt: null,
					active: true,
				},
			],
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{ id: 'bad' }, { id: 'good' }],
			continueOnFail: true,
			parameters: attendance('videochamada', '={{ $json.id }}'),
		});
		expect(result.items.map((i) => [i.json.error ?? i.json.participantId, i.pairedItem])).toEqual([
			['videochamada.com.br returned 404: Call not found', { item: 0 }],
			['session_bruno', { item: 1 }],
		]);
	});
});

describe('durationSeconds', () => {
	it('is computed from both timestamps, never guessed', () => {
		expect(durationSeconds('2026-12-01T09:00:00.000Z', '2026-12-01T09:00:01.250Z')).toBe(1.25);
		expect(durationSeconds('2026-12-01T09:00:00.000Z', null)).toBeNull();
		expect(durationSeconds(null, '2026-12-01T09:00:00.000Z')).toBeNull();
		expect(durationSeconds('2026-12-01T09:00:05.000Z', '2026-12-01T09:00:00.000Z')).toBeNull();
	});
});
