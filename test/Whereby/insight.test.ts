import { page, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const run = runner(credentials, 'insight');

describe('Whereby insight getRooms', () => {
	it("maps every filter to Whereby's bracket query names, dates in UTC", async () => {
		server.on('GET', '/v1/insights/rooms', page('roomName', 0, 2, null));
		const result = await run({
			operation: 'getRooms',
			limit: 20,
			filters: {
				roomNameExact: 'team-standup',
				roomNameStartsWith: 'cust',
				roomNameContains: '793e',
				createdAtFrom: '2025-01-01T00:00:00+02:00',
				createdAtTo: '2025-05-01T00:00:00Z',
				sortBy: 'totalSessions:desc',
			},
		});
		expect(result.items).toEqual([
			{ json: { roomName: '0' }, pairedItem: { item: 0 } },
			{ json: { roomName: '1' }, pairedItem: { item: 0 } },
		]);
		expect(server.requests[0].query).toEqual({
			'roomName[exact]': '/team-standup',
			'roomName[startsWith]': '/cust',
			'roomName[contains]': '793e',
			'createdAt[from]': '2024-12-31T22:00:00.000Z',
			'createdAt[to]': '2025-05-01T00:00:00.000Z',
			sortBy: 'totalSessions:desc',
			limit: '20',
		});
	});

	it('reads dates without offset in the workflow timezone', async () => {
		server.on('GET', '/v1/insights/rooms', page('roomName', 0, 0, null));
		await run(
			{ operation: 'getRooms', returnAll: true, filters: { createdAtFrom: '2025-03-01T09:00:00' } },
			[{}],
			{ timezone: 'Europe/Berlin' },
		);
		expect(server.requests[0].query['createdAt[from]']).toBe('2025-03-01T08:00:00.000Z');
	});

	it('Limit 150 = 100 + 50 over the cursor', async () => {
		server.on('GET', '/v1/insights/rooms', (req) =>
			req.query.cursor ? page('roomName', 100, 100, 'c2') : page('roomName', 0, 100, 'c1'),
		);
		const result = await run({ operation: 'getRooms', limit: 150 });
		expect(result.items).toHaveLength(150);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ limit: '100' },
			{ limit: '50', cursor: 'c1' },
		]);
	});

	it.each([
		[
			{ createdAtFrom: 'yesterday' },
			'Invalid "Created After" (filters.createdAtFrom) in item 0: must be an ISO 8601 date',
		],
		[
			{ createdAtFrom: '2025-05-02T00:00:00Z', createdAtTo: '2025-05-01T00:00:00Z' },
			'Invalid "Created Before" (filters.createdAtTo) in item 0: must not be before Created After',
		],
		[
			{ sortBy: 'totalSessions' },
			'Invalid "Sort By" (filters.sortBy) in item 0: must be a field and a direction',
		],
		[{ sortBy: 'totalSessions:up' }, 'Invalid "Sort By" (filters.sortBy)'],
		[
			{ roomNameExact: '/a/b' },
			'Invalid "Room Name Is" (filters.roomNameExact) in item 0: must be a room name',
		],
		[
			{ roomNameContains: '   ' },
			'Invalid "Room Name Contains" (filters.roomNameContains) in item 0: must not be empty',
		],
	])('rejects %j before any request', async (filters, message) => {
		const result = await run({ operation: 'getRooms', returnAll: true, filters });
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Whereby insight getRoomSessions', () => {
	it('sends the room name (from a name, a slash name or a room URL) with filters, per item', async () => {
		server.on('GET', '/v1/insights/room-sessions', (req) => ({
			body: { results: [{ roomSessionId: `s-${req.query.roomName}` }], cursor: null },
		}));
		const result = await run(
			{
				operation: 'getRoomSessions',
				roomName: '={{ $json.room }}',
				returnAll: true,
				filters: { roomSessionId: 's1', sortBy: 'startedAt:asc' },
			},
			[
				{ room: 'daily' },
				{ room: '/weekly' },
				{ room: 'https://acme.whereby.com/monthly?roomKey=abc' },
			],
		);
		expect(server.requests.map((r) => r.query)).toEqual(
			['/daily', '/weekly', '/monthly'].map((roomName) => ({
				roomName,
				roomSessionId: 's1',
				sortBy: 'startedAt:asc',
				limit: '100',
			})),
		);
		expect(result.items.map((i) => [i.json.roomSessionId, i.pairedItem])).toEqual([
			['s-/daily', { item: 0 }],
			['s-/weekly', { item: 1 }],
			['s-/monthly', { item: 2 }],
		]);
	});

	it('rejects an empty room name before any request', async () => {
		const result = await run({ operation: 'getRoomSessions', roomName: '', returnAll: true });
		expect(result.error?.message).toBe(
			'Invalid "Room Name" (roomName) in item 0: must not be empty',
		);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Whereby insight getParticipants', () => {
	beforeEach(() =>
		server.on('GET', '/v1/insights/participants', page('participantId', 0, 2, null)),
	);

	it('by room session ID, sorted', async () => {
		const result = await run({
			operation: 'getParticipants',
			roomSessionId: 'session-1',
			limit: 10,
			filters: { sortBy: 'joinedAt:desc' },
		});
		expect(result.items).toHaveLength(2);
		expect(server.requests[0].query).toEqual({
			roomSessionId: 'session-1',
			sortBy: 'joinedAt:desc',
			limit: '10',
		});
	});

	it('by external ID alone', async () => {
		await run({
			operation: 'getParticipants',
			roomSessionId: '',
			limit: 10,
			filters: { externalId: 'crm-42' },
		});
		expect(server.requests[0].query).toEqual({ externalId: 'crm-42', limit: '10' });
	});

	it('neither room session nor external ID: rejected before any request', async () => {
		const result = await run({
			operation: 'getParticipants',
			roomSessionId: '',
			limit: 10,
			filters: {},
		});
		expect(result.error?.message).toBe(
			'Invalid "Room Session ID" (roomSessionId) in item 0: set it, or the External ID filter',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('rejects a sort field participants do not have', async () => {
		const result = await run({
			operation: 'getParticipants',
			roomSessionId: 's',
			filters: { sortBy: 'rating:asc' },
		});
		expect(result.error?.message).toContain(
			'Invalid "Sort By" (filters.sortBy) in item 0: must be one of joinedAt:asc',
		);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Whereby insight getParticipant', () => {
	it('returns one item per quality sample, paired to its input item', async () => {
		server.on('GET', '/v1/insights/participant', (req) => ({
			body: [1, 2].map((n) => ({
				displayName: req.query.participantId,
				sampleRateMs: 10000,
				timeStamp: `t${n}`,
			})),
		}));
		const result = await run(
			{ operation: 'getParticipant', roomSessionId: 'session-1', participantId: '={{ $json.p }}' },
			[{ p: 'alice' }, { p: 'bob' }],
		);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ roomSessionId: 'session-1', participantId: 'alice' },
			{ roomSessionId: 'session-1', participantId: 'bob' },
		]);
		expect(result.items.map((i) => [i.json.displayName, i.json.timeStamp, i.pairedItem])).toEqual([
			['alice', 't1', { item: 0 }],
			['alice', 't2', { item: 0 }],
			['bob', 't1', { item: 1 }],
			['bob', 't2', { item: 1 }],
		]);
	});

	it('requires both IDs before any request', async () => {
		const result = await run({
			operation: 'getParticipant',
			roomSessionId: 'session-1',
			participantId: '',
		});
		expect(result.error?.message).toBe(
			'Invalid "Participant ID" (participantId) in item 0: must not be empty',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('maps a 404 with the participant and session in the hint', async () => {
		server.on('GET', '/v1/insights/participant', {
			status: 404,
			body: { error: 'Participant not found' },
		});
		const result = await run({
			operation: 'getParticipant',
			roomSessionId: 's1',
			participantId: 'p9',
		});
		expect(result.error?.message).toBe('Whereby returned 404: Participant not found');
		expect(result.error?.description).toContain('No participant "p9" in session "s1" was found');
	});
});
