import { byId, page, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const run = runner(credentials, 'transcription');

describe('Whereby transcription', () => {
	it("create sends one JSON POST per item with the recording ID and returns Whereby's answer", async () => {
		server.on('POST', '/v1/transcriptions', (req) => ({
			status: 201,
			body: { transcriptionId: `tr-${req.json.recordingId}` },
		}));
		const result = await run({ operation: 'create', recordingId: byId('={{ $json.rec }}') }, [
			{ rec: 'r1' },
			{ rec: 'r2' },
		]);
		expect(
			server.requests.map((r) => [r.method, r.path, r.headers['content-type'], r.json]),
		).toEqual([
			['POST', '/v1/transcriptions', 'application/json', { recordingId: 'r1' }],
			['POST', '/v1/transcriptions', 'application/json', { recordingId: 'r2' }],
		]);
		expect(result.items).toEqual([
			{ json: { transcriptionId: 'tr-r1' }, pairedItem: { item: 0 } },
			{ json: { transcriptionId: 'tr-r2' }, pairedItem: { item: 1 } },
		]);
	});

	it('create: a 404 names the recording; an empty recording ID sends nothing', async () => {
		server.on('POST', '/v1/transcriptions', {
			status: 404,
			body: { message: 'Recording not found' },
		});
		const missing = await run({ operation: 'create', recordingId: 'gone' });
		expect(missing.error?.message).toBe('Whereby returned 404: Recording not found');
		expect(missing.error?.description).toContain('No recording "gone" was found');
		server.reset();
		const empty = await run({ operation: 'create', recordingId: byId('') });
		expect(empty.error?.message).toBe(
			'Invalid "Recording ID" (recordingId) in item 0: must not be empty',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('get and delete address the transcription by its encoded ID', async () => {
		server.on('GET', '/v1/transcriptions/tr%201', {
			body: { transcriptionId: 'tr 1', state: 'ready' },
		});
		server.on('DELETE', '/v1/transcriptions/tr%201', { status: 204 });
		const got = await run({ operation: 'get', transcriptionId: byId('tr 1') });
		const deleted = await run({ operation: 'delete', transcriptionId: byId('tr 1') });
		expect(got.items).toEqual([
			{ json: { transcriptionId: 'tr 1', state: 'ready' }, pairedItem: { item: 0 } },
		]);
		expect(deleted.items).toEqual([
			{ json: { deleted: true, transcriptionId: 'tr 1' }, pairedItem: { item: 0 } },
		]);
		expect(server.requests.map((r) => r.method)).toEqual(['GET', 'DELETE']);
	});

	it('getAll pages over the cursor (Limit 150 = 100 + 50) with room and sort filters', async () => {
		server.on('GET', '/v1/transcriptions', (req) =>
			req.query.cursor
				? page('transcriptionId', 100, 100, 'c2')
				: page('transcriptionId', 0, 100, 'c1'),
		);
		const result = await run({
			operation: 'getAll',
			limit: 150,
			filters: { roomName: '/daily', sortBy: 'durationInSeconds:desc' },
		});
		expect(result.items).toHaveLength(150);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ roomName: '/daily', sortBy: 'durationInSeconds:desc', limit: '100' },
			{ roomName: '/daily', sortBy: 'durationInSeconds:desc', limit: '50', cursor: 'c1' },
		]);
	});

	it('getAll rejects a sort field transcriptions do not have', async () => {
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { sortBy: 'sizeInMegaBytes:asc' },
		});
		expect(result.error?.message).toContain(
			'Invalid "Sort By" (filters.sortBy) in item 0: must be one of startDate:asc',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('getAccessLink sends validForSeconds and rejects 43201', async () => {
		server.on('GET', '/v1/transcriptions/tr-1/access-link', {
			body: { accessLink: 'https://dl/t', expires: 5 },
		});
		const ok = await run({
			operation: 'getAccessLink',
			transcriptionId: byId('tr-1'),
			options: { validForSeconds: 43200 },
		});
		expect(ok.items).toEqual([
			{ json: { accessLink: 'https://dl/t', expires: 5 }, pairedItem: { item: 0 } },
		]);
		expect(server.requests[0].query).toEqual({ validForSeconds: '43200' });
		const bad = await run({
			operation: 'getAccessLink',
			transcriptionId: 'tr-1',
			options: { validForSeconds: 43201 },
		});
		expect(bad.error?.message).toBe(
			'Invalid "Valid For (Seconds)" (options.validForSeconds) in item 0: must be at most 43200',
		);
		expect(server.requests).toHaveLength(1);
	});

	it('bulkDelete posts transcriptionIds and returns them', async () => {
		server.on('POST', '/v1/transcriptions/bulk-delete', { status: 204 });
		const result = await run({ operation: 'bulkDelete', transcriptionIds: 'tr-1,tr-2' });
		expect(server.requests[0].json).toEqual({ transcriptionIds: ['tr-1', 'tr-2'] });
		expect(result.items).toEqual([
			{ json: { deleted: true, transcriptionIds: ['tr-1', 'tr-2'] }, pairedItem: { item: 0 } },
		]);
		server.reset();
		const empty = await run({ operation: 'bulkDelete', transcriptionIds: '' });
		expect(empty.error?.message).toBe(
			'Invalid "Transcription IDs" (transcriptionIds) in item 0: must name at least one transcription',
		);
		expect(server.requests).toHaveLength(0);
	});
});
