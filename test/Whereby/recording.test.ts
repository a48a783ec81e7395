import { byId, page, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const run = runner(credentials, 'recording');

describe('Whereby recording get', () => {
	it('gets one recording per item, id encoded in the path, each output paired to its item', async () => {
		server.on('GET', /^\/v1\/recordings\/[^/]+$/, (req) => ({
			body: { recordingId: decodeURIComponent(req.path.split('/')[3]) },
		}));
		const result = await run({ operation: 'get', recordingId: byId('={{ $json.id }}') }, [
			{ id: 'rec-1' },
			{ id: 'a/b c' },
		]);
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/v1/recordings/rec-1'],
			['GET', '/v1/recordings/a%2Fb%20c'],
		]);
		expect(server.requests[0].headers.authorization).toBe('Bearer key-123');
		expect(result.items).toEqual([
			{ json: { recordingId: 'rec-1' }, pairedItem: { item: 0 } },
			{ json: { recordingId: 'a/b c' }, pairedItem: { item: 1 } },
		]);
	});

	it('rejects an empty ID before any request', async () => {
		const result = await run({ operation: 'get', recordingId: byId('  ') });
		expect(result.error?.message).toBe(
			'Invalid "Recording ID" (recordingId) in item 0: must not be empty',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('maps a 404 to the provider message with a hint naming the recording', async () => {
		server.on('GET', '/v1/recordings/nope', {
			status: 404,
			body: { error: 'Recording not found' },
		});
		const result = await run({ operation: 'get', recordingId: 'nope' });
		expect(result.error?.message).toBe('Whereby returned 404: Recording not found');
		expect(result.error?.description).toContain('No recording "nope" was found');
		expect(result.error?.httpCode).toBe('404');
	});

	it("under continueOnFail an error becomes that item's output and the other items still run", async () => {
		server.on('GET', '/v1/recordings/ok', { body: { recordingId: 'ok' } });
		server.on('GET', '/v1/recordings/bad', { status: 404, body: { error: 'Recording not found' } });
		const result = await run(
			{ operation: 'get', recordingId: '={{ $json.id }}' },
			[{ id: 'bad' }, { id: 'ok' }],
			{ continueOnFail: true },
		);
		expect(result.items[0]).toMatchObject({
			json: { statusCode: 404, error: 'Whereby returned 404: Recording not found' },
			pairedItem: { item: 0 },
		});
		expect(result.items[1]).toEqual({ json: { recordingId: 'ok' }, pairedItem: { item: 1 } });
	});
});

describe('Whereby recording getAll', () => {
	it('Limit 150 asks for 100 then 50 with the cursor and returns exactly 150', async () => {
		server.on('GET', '/v1/recordings', (req) =>
			req.query.cursor === undefined
				? page('recordingId', 0, 100, 'c1')
				: page('recordingId', 100, 100, 'c2'),
		);
		const result = await run({ operation: 'getAll', returnAll: false, limit: 150 });
		expect(result.items).toHaveLength(150);
		expect(result.items[149]).toEqual({ json: { recordingId: '149' }, pairedItem: { item: 0 } });
		expect(server.requests.map((r) => r.query)).toEqual([
			{ limit: '100' },
			{ cursor: 'c1', limit: '50' },
		]);
	});

	it('Return All follows the cursor to the end with the filters on every page', async () => {
		server.on(
			'GET',
			'/v1/recordings',
			page('recordingId', 0, 2, 'next'),
			page('recordingId', 2, 1, null),
		);
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { roomName: 'team-standup', sortBy: 'sizeInMegaBytes:desc' },
		});
		expect(result.items.map((i) => i.json.recordingId)).toEqual(['0', '1', '2']);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ roomName: '/team-standup', sortBy: 'sizeInMegaBytes:desc', limit: '100' },
			{ roomName: '/team-standup', sortBy: 'sizeInMegaBytes:desc', limit: '100', cursor: 'next' },
		]);
	});

	it('reads the room name from a room URL', async () => {
		server.on('GET', '/v1/recordings', { body: { results: [], cursor: null } });
		const result = await run({
			operation: 'getAll',
			limit: 5,
			filters: { roomName: 'https://acme.whereby.com/team-standup?roomKey=x' },
		});
		expect(result.items).toEqual([]);
		expect(server.requests[0].query).toEqual({ roomName: '/team-standup', limit: '5' });
	});

	it.each([
		[
			{ filters: { sortBy: 'startDate' } },
			'Invalid "Sort By" (filters.sortBy) in item 0: must be one of',
		],
		[{ filters: { sortBy: 'durationInSeconds:asc' } }, 'Invalid "Sort By" (filters.sortBy)'],
		[
			{ filters: { roomName: 'two words' } },
			'Invalid "Room Name" (filters.roomName) in item 0: must be a room name',
		],
		[{ limit: 0 }, 'Invalid "Limit" (limit) in item 0: must be at least 1'],
		[{ limit: 2.5 }, 'Invalid "Limit" (limit) in item 0: must be a whole number'],
	])('rejects %j before any request', async (params, message) => {
		const result = await run({ operation: 'getAll', returnAll: false, limit: 10, ...params });
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Whereby recording delete / bulkDelete', () => {
	it('deletes one recording per item and returns deleted: true with the id', async () => {
		server.on('DELETE', /^\/v1\/recordings\//, { status: 204 });
		const result = await run({ operation: 'delete', recordingId: byId('={{ $json.id }}') }, [
			{ id: 'r1' },
			{ id: 'r2' },
		]);
		expect(server.requests.map((r) => [r.method, r.path])).toEqual([
			['DELETE', '/v1/recordings/r1'],
			['DELETE', '/v1/recordings/r2'],
		]);
		expect(result.items).toEqual([
			{ json: { deleted: true, recordingId: 'r1' }, pairedItem: { item: 0 } },
			{ json: { deleted: true, recordingId: 'r2' }, pairedItem: { item: 1 } },
		]);
	});

	it('bulk deletes the IDs from comma/newline text or an array, as JSON', async () => {
		server.on('POST', '/v1/recordings/bulk-delete', { status: 204 });
		const result = await run({ operation: 'bulkDelete', recordingIds: '={{ $json.ids }}' }, [
			{ ids: 'a, b\nc,' },
			{ ids: ['x', 'y'] },
		]);
		expect(server.requests.map((r) => [r.headers['content-type'], r.json])).toEqual([
			['application/json', { recordingIds: ['a', 'b', 'c'] }],
			['application/json', { recordingIds: ['x', 'y'] }],
		]);
		expect(result.items).toEqual([
			{ json: { deleted: true, recordingIds: ['a', 'b', 'c'] }, pairedItem: { item: 0 } },
			{ json: { deleted: true, recordingIds: ['x', 'y'] }, pairedItem: { item: 1 } },
		]);
	});

	it.each(['', ' , \n', '={{ [] }}'])(
		'rejects the empty list %j before any request',
		async (recordingIds) => {
			const result = await run({ operation: 'bulkDelete', recordingIds });
			expect(result.error?.message).toBe(
				'Invalid "Recording IDs" (recordingIds) in item 0: must name at least one recording',
			);
			expect(server.requests).toHaveLength(0);
		},
	);
});

describe('Whereby recording getAccessLink', () => {
	it('sends validForSeconds when set and returns the link', async () => {
		server.on('GET', '/v1/recordings/rec-1/access-link', {
			body: { accessLink: 'https://dl/x', expires: 1700000000000 },
		});
		const result = await run({
			operation: 'getAccessLink',
			recordingId: byId('rec-1'),
			options: { validForSeconds: 600 },
		});
		expect(server.requests[0].query).toEqual({ validForSeconds: '600' });
		expect(result.items).toEqual([
			{ json: { accessLink: 'https://dl/x', expires: 1700000000000 }, pairedItem: { item: 0 } },
		]);
	});

	it('leaves validForSeconds to Whereby when not set', async () => {
		server.on('GET', '/v1/recordings/rec-1/access-link', {
			body: { accessLink: 'https://dl/x', expires: 1 },
		});
		await run({ operation: 'getAccessLink', recordingId: 'rec-1', options: {} });
		expect(server.requests[0].query).toEqual({});
	});

	it.each([0, 43201, 1.5, 'soon'])(
		'rejects validForSeconds %j before any request',
		async (validForSeconds) => {
			const result = await run({
				operation: 'getAccessLink',
				recordingId: 'rec-1',
				options: { validForSeconds },
			});
			expect(result.error?.message).toMatch(
				/^Invalid "Valid For \(Seconds\)" \(options\.validForSeconds\) in item 0: must be/,
			);
			expect(server.requests).toHaveLength(0);
		},
	);

	it("explains a 403 for a recording stored in the user's own bucket", async () => {
		server.on('GET', '/v1/recordings/rec-3/access-link', {
			status: 403,
			body: { error: 'Forbidden' },
		});
		const result = await run({ operation: 'getAccessLink', recordingId: 'rec-3' });
		expect(result.error?.message).toBe('Whereby returned 403: Forbidden');
		expect(result.error?.description).toContain(
			'Access links exist only for recordings and transcriptions stored by Whereby',
		);
	});
});
