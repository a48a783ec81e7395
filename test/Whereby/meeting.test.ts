import { byId, page, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();
const run = runner(credentials, 'meeting');
/** Creates a meeting ending in an hour with the given room name prefix. */
const createWithPrefix = async (roomNamePrefix: string) =>
	await run({ operation: 'create', endDate: inOneHour(), additionalFields: { roomNamePrefix } });

describe('Whereby meeting create', () => {
	it('creates one meeting per item with the exact body and pairs each output to its item', async () => {
		server.on('POST', '/v1/meetings', (req) => ({
			status: 201,
			body: {
				meetingId: `m-${req.json.roomNamePrefix}`,
				roomUrl: 'https://x.whereby.com/r',
				endDate: req.json.endDate,
			},
		}));
		const endDate = '2099-01-01T10:00:00+02:00';
		const result = await run(
			{
				operation: 'create',
				endDate,
				additionalFields: {
					roomNamePrefix: '={{ $json.prefix }}',
					roomMode: 'group',
					fields: ['hostRoomUrl'],
				},
			},
			[{ prefix: 'alpha' }, { prefix: 'beta' }, { prefix: 'gamma' }],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.meetingId, i.pairedItem])).toEqual([
			['m-alpha', { item: 0 }],
			['m-beta', { item: 1 }],
			['m-gamma', { item: 2 }],
		]);
		const sent = server.received('POST', '/v1/meetings');
		expect(sent).toHaveLength(3);
		expect(sent[0].headers.authorization).toBe('Bearer key-123');
		expect(sent[0].headers['content-type']).toContain('application/json');
		expect(sent[0].json).toEqual({
			endDate: '2099-01-01T10:00:00.000+02:00',
			roomNamePrefix: 'alpha',
			roomMode: 'group',
			fields: ['hostRoomUrl'],
		});
	});

	it('reads an end date without offset in the workflow timezone', async () => {
		server.on('POST', '/v1/meetings', { status: 201, body: { meetingId: '1' } });
		await run({ operation: 'create', endDate: '2099-06-01T09:30:00' }, undefined, {
			timezone: 'America/Sao_Paulo',
		});
		expect(server.received()[0].json.endDate).toBe('2099-06-01T09:30:00.000-03:00');
	});

	it('rejects an end date in the past before any request, naming field and item', async () => {
		server.on('POST', '/v1/meetings', { status: 201, body: { meetingId: '1' } });
		const result = await run({ operation: 'create', endDate: '={{ $json.end }}' }, [
			{ end: inOneHour() },
			{ end: '2020-01-01T00:00:00Z' },
		]);
		expect(result.error?.message).toBe(
			'Invalid "End Date" (endDate) in item 1: must be in the future (got 2020-01-01T00:00:00.000Z)',
		);
		expect(server.received('POST')).toHaveLength(1);
	});

	it.each([
		['not a date', 'must be an ISO 8601 date and time'],
		['', 'must be an ISO 8601 date and time'],
	])('rejects the end date %j', async (endDate, message) => {
		const result = await run({ operation: 'create', endDate });
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it.each(['a'.repeat(40), 'ümlaut', 'no_underscores'])(
		'rejects the room name prefix %j',
		async (roomNamePrefix) => {
			const result = await createWithPrefix(roomNamePrefix);
			expect(result.error?.message).toMatch(
				/^Invalid "Room Name Prefix" \(additionalFields\.roomNamePrefix\) in item 0: /,
			);
			expect(server.requests).toHaveLength(0);
		},
	);

	it.each([
		['example-prefix', 'example-prefix'],
		['Customer0348-', 'customer0348-'],
	])(
		"sends the prefix %j of Whereby's own examples, hyphen included",
		async (roomNamePrefix, sent) => {
			server.on('POST', '/v1/meetings', {
				status: 201,
				body: { meetingId: '1', roomName: `/${sent}4b3bd908` },
			});
			const result = await createWithPrefix(roomNamePrefix);
			expect(result.error).toBeUndefined();
			expect(server.received('POST', '/v1/meetings')[0].json.roomNamePrefix).toBe(sent);
		},
	);

	it("shows Whereby's answer to a hyphenated prefix with a hint about its pattern", async () => {
		server.on('POST', '/v1/meetings', {
			status: 400,
			body: { error: '"roomNamePrefix" must match [a-z0-9]{0,39}' },
		});
		const result = await createWithPrefix('example-prefix');
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe(
			'Whereby returned 400: &#34;roomNamePrefix&#34; must match [a-z0-9]{0,39}',
		);
		expect(result.error?.description).toContain(
			'uses hyphens in its own examples (example-prefix)',
		);
	});

	it('keeps the usual hint for a 400 when the prefix has no hyphen', async () => {
		server.on('POST', '/v1/meetings', { status: 400, body: { error: 'Bad request' } });
		const result = await createWithPrefix('plain');
		expect(result.error?.description).not.toContain('hyphen');
	});

	it('lowers the case of the prefix and removes spaces, as Whereby does', async () => {
		server.on('POST', '/v1/meetings', { status: 201, body: { meetingId: '1' } });
		await createWithPrefix('Team 42');
		expect(server.received()[0].json.roomNamePrefix).toBe('team42');
	});

	it('accepts a luxon DateTime from an expression', async () => {
		server.on('POST', '/v1/meetings', { status: 201, body: { meetingId: '1' } });
		const before = Date.now();
		const result = await run({
			operation: 'create',
			endDate: "={{ $now.plus(1, 'hour') }}",
		});
		const after = Date.now();
		expect(result.error).toBeUndefined();
		// An hour after the node ran, however long it took (the date is sent to the millisecond).
		const sent = Date.parse(server.received()[0].json.endDate);
		expect(sent).toBeGreaterThanOrEqual(before + 3600_000);
		expect(sent).toBeLessThanOrEqual(after + 3600_000);
	});
});

describe('Whereby meeting get / delete / getAll', () => {
	it('encodes the meeting id in the path and maps a 404 to a clear error', async () => {
		server.on('GET', /^\/v1\/meetings\//, {
			status: 404,
			body: { error: 'Meeting <b>not</b> found' },
		});
		const result = await run({
			operation: 'get',
			meetingId: byId('a/b c'),
		});
		expect(server.received()[0].path).toBe('/v1/meetings/a%2Fb%20c');
		expect(result.error?.message).toBe(
			'Whereby returned 404: Meeting &#60;b&#62;not&#60;/b&#62; found',
		);
		expect(result.error?.description).toContain('No meeting "a/b c" was found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('delete returns deleted: true with the id', async () => {
		server.on('DELETE', '/v1/meetings/42', { status: 204 });
		const result = await run({ operation: 'delete', meetingId: '42' });
		expect(result.items).toEqual([
			{ json: { deleted: true, meetingId: '42' }, pairedItem: { item: 0 } },
		]);
	});

	it('getAll pages with the cursor, asks only for what is needed and stops at the limit', async () => {
		const meetings = (from: number, n: number, cursor: string | null) =>
			page('meetingId', from, n, cursor);
		server.on('GET', '/v1/meetings', (req) =>
			req.query.cursor === undefined
				? meetings(0, 100, 'c1')
				: req.query.cursor === 'c1'
					? meetings(100, 100, 'c2')
					: meetings(200, 100, null),
		);
		const result = await run({ operation: 'getAll', returnAll: false, limit: 150 });
		expect(result.items).toHaveLength(150);
		expect(result.items[149].json.meetingId).toBe('149');
		expect(server.requests.map((r) => r.query)).toEqual([
			{ limit: '100' },
			{ cursor: 'c1', limit: '50' },
		]);
	});

	it('getAll with Return All follows the cursor to the end, for every input item', async () => {
		server.on(
			'GET',
			'/v1/meetings',
			{ body: { results: [{ meetingId: 'a' }], cursor: 'next' } },
			{ body: { results: [{ meetingId: 'b' }], cursor: null } },
			{ body: { results: [{ meetingId: 'a' }], cursor: 'next' } },
			{ body: { results: [{ meetingId: 'b' }], cursor: null } },
		);
		const result = await run(
			{
				operation: 'getAll',
				returnAll: true,
				options: { fields: ['hostRoomUrl', 'viewerRoomUrl'] },
			},
			[{}, {}],
		);
		expect(result.items.map((i) => [i.json.meetingId, i.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 0 }],
			['a', { item: 1 }],
			['b', { item: 1 }],
		]);
		expect(server.requests[0].query).toEqual({ limit: '100', fields: 'hostRoomUrl,viewerRoomUrl' });
		expect(server.requests[1].query).toEqual({
			limit: '100',
			fields: 'hostRoomUrl,viewerRoomUrl',
			cursor: 'next',
		});
	});
});
