import { mockServer } from '../kit/mockApi';
import { byId, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const storage = mockServer();
const recordings = runner(credentials, 'recording');
const transcriptions = runner(credentials, 'transcription');

const MP4 = Buffer.from('00000018667479706d703432', 'hex');
const TRANSCRIPT = '# Transcript\n\n**Ana** (00:00:01): Bom dia!\n\n**Bo** (00:00:04): Morning.\n';

/** Whereby hands out a pre-signed link on the storage server for every ID. */
function linksFor(kind: 'recordings' | 'transcriptions', file: (id: string) => string) {
	server.on('GET', new RegExp(`^/v1/${kind}/[^/]+/access-link$`), (req) => ({
		body: {
			accessLink: `${storage.url}/bucket/${file(req.path.split('/')[3])}?X-Amz-Signature=s3cr3t`,
			expires: 1700000000000,
		},
	}));
}

describe('Whereby recording Get Access Link with Download File', () => {
	it('puts each recording in the chosen binary field, fetched without the API key', async () => {
		linksFor('recordings', (id) => `${id}.mp4`);
		storage.on('GET', /^\/bucket\/rec-\d\.mp4$/, {
			body: MP4,
			headers: { 'content-type': 'video/mp4' },
		});
		const result = await recordings(
			{
				operation: 'getAccessLink',
				recordingId: byId('={{ $json.id }}'),
				download: true,
				binaryPropertyName: 'video',
			},
			[{ id: 'rec-1' }, { id: 'rec-2' }],
		);
		expect(result.error).toBeUndefined();
		expect(storage.requests.map((r) => r.path)).toEqual(['/bucket/rec-1.mp4', '/bucket/rec-2.mp4']);
		expect(storage.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
		expect(JSON.stringify(storage.requests.map((r) => r.headers))).not.toContain('key-123');
		expect(result.items).toHaveLength(2);
		expect(result.items[1]).toMatchObject({
			json: {
				accessLink: `${storage.url}/bucket/rec-2.mp4?X-Amz-Signature=s3cr3t`,
				expires: 1700000000000,
			},
			binary: { video: { fileName: 'rec-2.mp4', mimeType: 'video/mp4', bytes: MP4.length } },
			pairedItem: { item: 1 },
		});
	});

	it('reads Download File strictly: the text "false" downloads nothing, "yes" is rejected before any request', async () => {
		linksFor('recordings', (id) => `${id}.mp4`);
		const off = await recordings({
			operation: 'getAccessLink',
			recordingId: 'rec-1',
			download: 'false',
		});
		expect(off.items[0].binary).toBeUndefined();
		expect(storage.requests).toHaveLength(0);
		server.reset();
		const bad = await recordings({
			operation: 'getAccessLink',
			recordingId: 'rec-1',
			download: 'yes',
		});
		expect(bad.error?.message).toBe(
			'Invalid "Download File" (download) in item 0: must be true or false',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('checks Max File Size before any request and refuses a larger recording', async () => {
		const bad = await recordings({
			operation: 'getAccessLink',
			recordingId: 'rec-1',
			download: true,
			options: { maxFileSizeMb: 0 },
		});
		expect(bad.error?.message).toBe(
			'Invalid "Max File Size (MB)" (options.maxFileSizeMb) in item 0: must be at least 1',
		);
		expect(server.requests).toHaveLength(0);
		linksFor('recordings', (id) => `${id}.mp4`);
		storage.on('GET', '/bucket/rec-1.mp4', {
			body: MP4,
			headers: { 'content-length': String(2 * 1024 * 1024 + 1) },
		});
		const big = await recordings({
			operation: 'getAccessLink',
			recordingId: 'rec-1',
			download: true,
			options: { maxFileSizeMb: 2 },
		});
		expect(big.error?.message).toBe(
			'The file is larger than the limit of 2 MB (its size is 2097153 bytes); not downloaded',
		);
	});

	it('refuses a link that redirects to another server', async () => {
		linksFor('recordings', (id) => `${id}.mp4`);
		storage.on('GET', '/bucket/rec-1.mp4', {
			status: 302,
			headers: { location: 'http://127.0.0.1:9/elsewhere.mp4' },
		});
		const result = await recordings({
			operation: 'getAccessLink',
			recordingId: 'rec-1',
			download: true,
		});
		expect(result.error?.message).toBe(
			'The download link of Whereby redirected to another server (http://127.0.0.1:9); not followed',
		);
	});
});

describe('Whereby transcription Get Access Link with the transcript text', () => {
	it('returns the Markdown transcript in "transcript" without a binary', async () => {
		linksFor('transcriptions', (id) => `${id}.md`);
		storage.on('GET', '/bucket/tr-1.md', {
			body: TRANSCRIPT,
			headers: { 'content-type': 'text/markdown' },
		});
		const result = await transcriptions({
			operation: 'getAccessLink',
			transcriptionId: byId('tr-1'),
			includeText: true,
		});
		expect(result.items).toEqual([
			{
				json: {
					accessLink: `${storage.url}/bucket/tr-1.md?X-Amz-Signature=s3cr3t`,
					expires: 1700000000000,
					transcript: TRANSCRIPT,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(storage.requests[0].headers.authorization).toBeUndefined();
	});

	it('with Download File too, fetches the file once and gives both the binary and the text', async () => {
		linksFor('transcriptions', (id) => `${id}.md`);
		storage.on('GET', '/bucket/tr-1.md', {
			body: TRANSCRIPT,
			headers: { 'content-type': 'binary/octet-stream' },
		});
		const result = await transcriptions({
			operation: 'getAccessLink',
			transcriptionId: 'tr-1',
			includeText: true,
			download: true,
			binaryPropertyName: 'data',
		});
		expect(storage.requests).toHaveLength(1);
		expect(result.items[0].json.transcript).toBe(TRANSCRIPT);
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: 'tr-1.md',
			mimeType: 'text/markdown',
			bytes: Buffer.byteLength(TRANSCRIPT),
		});
	});

	it('fails clearly when Whereby answers without a link', async () => {
		server.on('GET', '/v1/transcriptions/tr-1/access-link', { body: { expires: 1 } });
		const result = await transcriptions({
			operation: 'getAccessLink',
			transcriptionId: 'tr-1',
			includeText: true,
		});
		expect(result.error?.message).toBe('Whereby gave a download link that is not a URL');
	});
});
