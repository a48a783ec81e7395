import type { IDataObject } from 'n8n-workflow';

import { WithBinary } from '../../nodes/shared/items';
import type { DownloadRequest } from '../../nodes/shared/transport/download';
import { downloadBinary, downloadText } from '../../nodes/shared/transport/download';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

// The API (with its credential) runs on one origin, the storage serving pre-signed files on another,
// as with Whereby (api.whereby.dev → S3) and videochamada (→ S3).
const api = mockServer();
const files = mockServer();
const elsewhere = mockServer();

const client = testClient();
const VIDEO = Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 1, 2, 3, 4, 5, 6, 7, 8]);

/** Asks the API for a link (with the credential), then downloads what it points to. */
const fetchVia = (how: 'binary' | 'text', extra: Partial<DownloadRequest> = {}) =>
	nodeDoing(async function (i) {
		const link = await client.request(this, i, { method: 'GET', path: '/link' });
		const req = { url: String(link.url), provider: 'TestProvider', maxBytes: 1024, ...extra };
		if (how === 'text') return { text: await downloadText(this, i, req) };
		return new WithBinary({ got: true }, { data: await downloadBinary(this, i, req) });
	});

const run = (
	how: 'binary' | 'text',
	extra?: Partial<DownloadRequest>,
	opts: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) =>
	runNode(fetchVia(how, extra), {
		credentials: testCredentials(api.url),
		parameters: { resource: 'thing', operation: 'run' },
		...opts,
	});

const linkTo = (path: string) =>
	api.on('GET', '/link', () => ({ body: { url: `${files.url}${path}` } }));

describe('downloadBinary', () => {
	it('stores the file as binary data with the server name, MIME type and size, and sends no credential to the storage', async () => {
		linkTo('/bucket/rec%201.mp4?X-Amz-Signature=abc');
		files.on('GET', '/bucket/rec%201.mp4', {
			body: VIDEO,
			headers: {
				'content-type': 'video/mp4',
				'content-disposition': 'attachment; filename="meeting.mp4"',
			},
		});
		const result = await run('binary');
		expect(result.error).toBeUndefined();
		expect(api.requests[0].headers.authorization).toBe('Bearer secret-token');
		expect(files.requests).toHaveLength(1);
		expect(files.requests[0].query).toEqual({ 'X-Amz-Signature': 'abc' });
		expect(files.requests[0].headers.authorization).toBeUndefined();
		expect(files.requests[0].headers.cookie).toBeUndefined();
		expect(JSON.stringify(files.requests[0].headers)).not.toContain('secret-token');
		const binary = result.items[0].binary?.data;
		expect(binary).toMatchObject({
			fileName: 'meeting.mp4',
			mimeType: 'video/mp4',
			fileExtension: 'mp4',
			bytes: VIDEO.length,
		});
		expect(Buffer.from(binary!.data, 'base64')).toEqual(VIDEO);
		expect(result.items[0]).toMatchObject({ json: { got: true }, pairedItem: { item: 0 } });
	});

	it('names the file after the URL path and finds its type from the name when the storage sends a generic type', async () => {
		linkTo('/bucket/a/b/r%C3%A9union.mp4?sig=1');
		files.on('GET', '/bucket/a/b/r%C3%A9union.mp4', {
			body: VIDEO,
			headers: { 'content-type': 'binary/octet-stream' },
		});
		const result = await run('binary');
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: 'réunion.mp4',
			mimeType: 'video/mp4',
			bytes: VIDEO.length,
		});
	});

	it('refuses a file whose Content-Length is over the limit before reading it', async () => {
		linkTo('/big.mp4');
		files.on('GET', '/big.mp4', {
			body: Buffer.alloc(2048, 1),
			headers: { 'content-type': 'video/mp4', 'content-length': '2048' },
		});
		const result = await run('binary', { maxBytes: 2047 });
		expect(result.error?.message).toBe(
			'The file is larger than the limit of 2047 bytes (its size is 2048 bytes); not downloaded',
		);
		expect(result.error?.description).toContain('Max File Size (MB)');
		expect(result.items).toEqual([]);
	});

	it('counts the bytes of a body without Content-Length and stops past the limit', async () => {
		linkTo('/stream.mp4');
		files.on('GET', '/stream.mp4', {
			body: Buffer.alloc(5000, 1),
			chunked: true,
			headers: { 'content-type': 'video/mp4' },
		});
		const tooBig = await run('binary', { maxBytes: 4999 });
		expect(files.requests[0].headers['content-length']).toBeUndefined();
		expect(tooBig.error?.message).toBe(
			'The file is larger than the limit of 4999 bytes (more than 4999 bytes arrived); not downloaded',
		);
		const fits = await run('binary', { maxBytes: 5000 });
		expect(fits.items[0].binary?.data.bytes).toBe(5000);
	});

	it('follows a redirect on the same server, without the credential', async () => {
		linkTo('/old.mp4');
		files.on('GET', '/old.mp4', { status: 302, headers: { location: '/new.mp4?sig=2' } });
		files.on('GET', '/new.mp4', { body: VIDEO, headers: { 'content-type': 'video/mp4' } });
		const result = await run('binary');
		expect(files.requests.map((r) => [r.path, r.query])).toEqual([
			['/old.mp4', {}],
			['/new.mp4', { sig: '2' }],
		]);
		expect(files.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: 'new.mp4',
			bytes: VIDEO.length,
		});
	});

	it('refuses a redirect to another server and never contacts it', async () => {
		linkTo('/moved.mp4');
		files.on('GET', '/moved.mp4', { status: 307, headers: { location: `${elsewhere.url}/steal` } });
		elsewhere.on('GET', '/steal', { body: VIDEO });
		const result = await run('binary');
		expect(result.error?.message).toBe(
			`The download link of TestProvider redirected to another server (${elsewhere.url}); not followed`,
		);
		expect(elsewhere.requests).toHaveLength(0);
	});

	it('stops after 5 redirects', async () => {
		linkTo('/loop');
		files.on('GET', '/loop', { status: 302, headers: { location: '/loop' } });
		const result = await run('binary');
		expect(result.error?.message).toBe(
			'The download link of TestProvider redirected more than 5 times',
		);
		expect(files.requests).toHaveLength(6);
	});

	it('refuses a link with a user name or password (n8n would send it as Basic auth) and a non-http link', async () => {
		api.on('GET', '/link', () => ({
			body: { url: files.url.replace('http://', 'http://user:pw@') + '/f' },
		}));
		const withUser = await run('binary');
		expect(withUser.error?.message).toBe(
			'TestProvider gave a download link with a user name or password in it; not followed',
		);
		api.on('GET', '/link', { body: { url: 'file:///etc/passwd' } });
		const file = await run('binary');
		expect(file.error?.message).toBe(
			'TestProvider gave a download link that is not http(s) (file:)',
		);
		expect(files.requests).toHaveLength(0);
	});

	it('reports an expired link with the storage message (S3 XML) and a hint, escaped', async () => {
		linkTo('/expired.mp4');
		files.on('GET', '/expired.mp4', {
			status: 403,
			body: '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired <b></Message></Error>',
			headers: { 'content-type': 'application/xml' },
		});
		const result = await run('binary');
		expect(result.error?.message).toBe(
			'The file server of TestProvider returned 403 (code AccessDenied): Request has expired &#60;b&#62;',
		);
		expect(result.error?.description).toContain('run the node again to get a new one');
	});

	it('fails an item whose server sends no answer within the time limit, and continueOnFail keeps the others', async () => {
		api.on('GET', '/link', () => ({ body: { url: `${files.url}/slow` } }));
		files.on('GET', '/slow', () => new Promise(() => undefined));
		const result = await run(
			'binary',
			{ responseTimeoutMs: 100, totalTimeoutMs: 60_000 },
			{ continueOnFail: true, items: [{}, {}] },
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0]).toMatchObject({
			json: { error: expect.stringContaining(`Could not download the file from ${files.url}`) },
			pairedItem: { item: 0 },
		});
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});

	it('fails a download that exceeds the whole-file time limit while the body is still arriving', async () => {
		linkTo('/trickle');
		// Headers come at once, the body never ends: only the total limit can stop it.
		files.on('GET', '/trickle', {
			endless: true,
			body: 'x',
			headers: { 'content-type': 'text/plain' },
		});
		const result = await run('binary', { totalTimeoutMs: 100 });
		expect(result.error?.message).toContain(`Could not download the file from ${files.url}`);
	});
});

describe('downloadText', () => {
	it('returns the file as UTF-8 text without a byte order mark', async () => {
		linkTo('/t.md');
		files.on('GET', '/t.md', {
			body: '\uFEFF# Transcript\n\n**Ana**: Olá',
			headers: { 'content-type': 'text/markdown; charset=utf-8' },
		});
		const result = await run('text');
		expect(result.items[0].json).toEqual({ text: '# Transcript\n\n**Ana**: Olá' });
		expect(files.requests[0].headers.authorization).toBeUndefined();
	});

	it('applies the same size limit', async () => {
		linkTo('/t.md');
		files.on('GET', '/t.md', { body: 'x'.repeat(100), chunked: true });
		const result = await run('text', { maxBytes: 99 });
		expect(result.error?.message).toContain('more than 99 bytes arrived');
	});
});
