import type { IDataObject } from 'n8n-workflow';

import { Videochamada } from '../../nodes/Videochamada/Videochamada.node';
import { resourceRunner } from '../kit/harness';
import { mockApi, mockServer } from '../kit/mockApi';
import { videochamadaCredentials } from './fixtures';

const { server, credentials } = mockApi((url) => videochamadaCredentials(`${url}/`));

const run = resourceRunner(new Videochamada(), credentials, 'recording');
const recordings = (from: number, n: number) =>
	Array.from({ length: n }, (_, k) => ({
		id: `rec_${from + k}`,
		callId: 'call_1',
		status: 'completed',
		files: [{ id: `file_${from + k}`, fileType: 'video', sessionId: 's1' }],
	}));
const paged = (total: number) => (req: { query: Record<string, unknown> }) => {
	const page = Number(req.query.page);
	const limit = Number(req.query.limit);
	const from = (page - 1) * limit;
	return {
		body: {
			data: recordings(from, Math.max(0, Math.min(limit, total - from))),
			pagination: { page, limit, total, totalPages: Math.ceil(total / limit) },
		},
	};
};

describe('videochamada recording getAll', () => {
	const listOfCall1 = async (options: IDataObject) =>
		await run({ operation: 'getAll', callId: 'call_1', ...options });

	it('asks for at least 10 per page (the documented minimum) and trims to a smaller limit', async () => {
		server.on('GET', '/api/calls/call_1/recordings', paged(25));
		const result = await listOfCall1({ returnAll: false, limit: 3 });
		expect(result.items.map((i) => i.json.id)).toEqual(['rec_0', 'rec_1', 'rec_2']);
		expect(server.requests.map((r) => r.query)).toEqual([{ page: '1', limit: '10' }]);
		expect(server.requests[0].headers.authorization).toBe('Bearer tok-123');
	});

	it('with Return All walks the pages of 100 until pagination.totalPages', async () => {
		server.on('GET', '/api/calls/call_1/recordings', paged(230));
		const result = await listOfCall1({ returnAll: true });
		expect(result.items).toHaveLength(230);
		expect(result.items[229].json).toMatchObject({ id: 'rec_229', files: [{ id: 'file_229' }] });
		expect(server.requests.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual([
			'1/100',
			'2/100',
			'3/100',
		]);
	});

	it('keeps the page size fixed across pages for a limit above 100', async () => {
		server.on('GET', '/api/calls/call_1/recordings', paged(500));
		const result = await listOfCall1({ returnAll: false, limit: 150 });
		expect(result.items).toHaveLength(150);
		expect(result.items[149].json.id).toBe('rec_149');
		expect(server.requests.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual([
			'1/100',
			'2/100',
		]);
	});

	it('lists per input item, each for its own call, from a call URL too', async () => {
		server.on('GET', /\/recordings$/, (req) => ({
			body: { data: [{ id: `rec-of-${req.path.split('/')[3]}` }], pagination: { totalPages: 1 } },
		}));
		const result = await run(
			{
				operation: 'getAll',
				callId: { __rl: true, mode: 'url', value: '={{ $json.call }}' },
				returnAll: true,
			},
			[
				{ call: 'https://videochamada.com.br/calls/c%201' },
				{ call: 'https://acme.videochamada.com.br/calls/c2' },
			],
		);
		expect(result.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['rec-of-c%25201', { item: 0 }],
			['rec-of-c2', { item: 1 }],
		]);
	});

	it('maps a 403 of another project', async () => {
		server.on('GET', /\/recordings$/, {
			status: 403,
			body: { message: 'Resource belongs to another project', error: 'Forbidden', statusCode: 403 },
		});
		const result = await run({ operation: 'getAll', callId: 'x', returnAll: true });
		expect(result.error?.message).toBe(
			'videochamada.com.br returned 403: The call or recording belongs to another project (provider message: Resource belongs to another project)',
		);
	});
});

describe('videochamada recording getDownloadUrl', () => {
	it('gets the signed URL of each file, with the file id encoded in the path', async () => {
		server.on('GET', /\/download-url$/, (req) => ({
			body: {
				url: `https://s3.amazonaws.com/bucket/${req.path.split('/')[4]}?X-Amz-Signature=abc`,
				expiresIn: 3600,
			},
		}));
		const result = await run(
			{
				operation: 'getDownloadUrl',
				fileId: '={{ $json.file }}',
			},
			[{ file: 'file_abc' }, { file: 'a/b' }],
		);
		expect(server.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/api/recordings/files/file_abc/download-url'],
			['GET', '/api/recordings/files/a%2Fb/download-url'],
		]);
		expect(result.items).toEqual([
			{
				json: {
					url: 'https://s3.amazonaws.com/bucket/file_abc?X-Amz-Signature=abc',
					expiresIn: 3600,
				},
				pairedItem: { item: 0 },
			},
			{
				json: { url: 'https://s3.amazonaws.com/bucket/a%2Fb?X-Amz-Signature=abc', expiresIn: 3600 },
				pairedItem: { item: 1 },
			},
		]);
	});

	it('keeps a bare URL answer as downloadUrl', async () => {
		server.on('GET', /\/download-url$/, { body: 'https://s3.amazonaws.com/bucket/f1?sig=1' });
		const result = await run({ operation: 'getDownloadUrl', fileId: 'f1' });
		expect(result.items[0].json).toEqual({
			fileId: 'f1',
			downloadUrl: 'https://s3.amazonaws.com/bucket/f1?sig=1',
		});
	});

	it('names the file on a 404 and rejects an empty file ID without a request', async () => {
		server.on('GET', /\/download-url$/, {
			status: 404,
			body: { message: 'Recording file not found', error: 'Not Found', statusCode: 404 },
		});
		const missing = await run({ operation: 'getDownloadUrl', fileId: 'nope' });
		expect(missing.error?.description).toContain('No recording file "nope" was found');
		server.reset();
		const empty = await run({ operation: 'getDownloadUrl', fileId: '' });
		expect(empty.error?.message).toBe('Invalid "File ID" (fileId) in item 0: must not be empty');
		expect(server.requests).toHaveLength(0);
	});
});

describe('videochamada recording getDownloadUrl with Download File', () => {
	const storage = mockServer();

	it('downloads the file behind the signed URL into the binary field, without the API token', async () => {
		server.on('GET', /\/download-url$/, (req) => ({
			body: {
				url: `${storage.url}/bucket/${req.path.split('/')[4]}.mp4?X-Amz-Signature=abc`,
				expiresIn: 3600,
			},
		}));
		storage.on('GET', '/bucket/file_abc.mp4', {
			body: Buffer.from('mp4-bytes'),
			headers: { 'content-type': 'video/mp4' },
		});
		const result = await run({
			operation: 'getDownloadUrl',
			fileId: 'file_abc',
			download: true,
			binaryPropertyName: 'data',
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].headers.authorization).toBe('Bearer tok-123');
		expect(storage.requests).toHaveLength(1);
		expect(storage.requests[0].headers.authorization).toBeUndefined();
		expect(JSON.stringify(storage.requests[0].headers)).not.toContain('tok-123');
		expect(result.items[0]).toMatchObject({
			json: { expiresIn: 3600 },
			binary: { data: { fileName: 'file_abc.mp4', mimeType: 'video/mp4', bytes: 9 } },
			pairedItem: { item: 0 },
		});
	});

	it('downloads a bare URL answer too, and reports an expired link with the storage message', async () => {
		server.on('GET', /\/download-url$/, () => ({ body: `${storage.url}/bucket/f1?sig=1` }));
		storage.on('GET', '/bucket/f1', {
			status: 403,
			body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
		});
		const result = await run({
			operation: 'getDownloadUrl',
			fileId: 'f1',
			download: true,
			binaryPropertyName: 'data',
		});
		expect(result.error?.message).toBe(
			'The file server of videochamada.com.br returned 403 (code AccessDenied): Request has expired',
		);
	});
});
