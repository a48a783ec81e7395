import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { collect, nextUriPaging } from '../../nodes/shared/transport/paginate';
import { FakeClock } from '../kit/clock';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

const server = mockServer();
const other = mockServer();

const client = testClient({ retry: { baseDelayMs: 10, maxDelayMs: 50 } });
const run = (
	execute: Parameters<typeof nodeDoing>[0],
	opts: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) =>
	runNode(nodeDoing(execute), {
		credentials: testCredentials(`${server.url}/api/`),
		parameters: { resource: 'thing', operation: 'run' },
		...opts,
	});

describe('ApiClient retries', () => {
	it('retries a 429 as long as Retry-After says, then succeeds (any method)', async () => {
		server.on(
			'POST',
			'/api/things',
			{ status: 429, headers: { 'retry-after': '0' } },
			{ status: 201, body: { id: 1 } },
		);
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'POST', path: '/things', body: { a: 1 } });
		});
		expect(result.items[0].json).toEqual({ id: 1 });
		expect(server.received('POST')).toHaveLength(2);
		expect(server.requests[0].headers.authorization).toBe('Bearer secret-token');
	});

	it('honours Retry-After seconds before retrying', async () => {
		server.on(
			'GET',
			'/api/slow',
			{ status: 429, headers: { 'retry-after': '1' } },
			{ body: { ok: true } },
		);
		const clock = new FakeClock();
		const started = clock.now();
		const paced = testClient({ clock, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
		await run(async function (i) {
			return await paced.request(this, i, { method: 'GET', path: '/slow' });
		});
		expect(clock.now() - started).toBeGreaterThanOrEqual(1000);
		expect(server.requests).toHaveLength(2);
	});

	it('retries 502/503/504 for GET, with backoff', async () => {
		server.on(
			'GET',
			'/api/flaky',
			{ status: 503 },
			{ status: 502 },
			{ status: 504 },
			{ body: { ok: true } },
		);
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'GET', path: '/flaky' });
		});
		expect(result.items[0].json).toEqual({ ok: true });
		expect(server.requests).toHaveLength(4);
	});

	it('never resends a POST answered 5xx: it may have been processed', async () => {
		server.on('POST', '/api/things', { status: 503, body: { message: 'busy' } });
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'POST', path: '/things', body: {} });
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe('TestProvider returned 503: busy');
	});

	it('never resends a POST whose connection broke after sending', async () => {
		server.on('POST', '/api/things', 'reset');
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'POST', path: '/things', body: { a: 1 } });
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe('Could not reach TestProvider');
		expect(result.error?.description).toMatch(/^ECONNRESET\. .*is not sent again/);
	});

	it('retries a GET whose connection broke', async () => {
		server.on('GET', '/api/things', 'reset', { body: { ok: 1 } });
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'GET', path: '/things' });
		});
		expect(result.items[0].json).toEqual({ ok: 1 });
		expect(server.requests).toHaveLength(2);
	});

	it('gives up after the retry budget with the rate-limit hint', async () => {
		server.on('GET', '/api/busy', {
			status: 429,
			headers: { 'retry-after': '0' },
			body: { error: 'slow down' },
		});
		const limited = testClient({ retry: { maxRateLimitRetries: 2 } });
		const result = await run(async function (i) {
			return await limited.request(this, i, { method: 'GET', path: '/busy' });
		});
		expect(server.requests).toHaveLength(3);
		expect(result.error?.message).toBe('TestProvider returned 429: slow down');
		expect(result.error?.description).toContain('Items Processed in Parallel');
	});

	it('fails at once when Retry-After asks for longer than the workflow should stall', async () => {
		server.on('GET', '/api/later', { status: 429, headers: { 'retry-after': '3600' } });
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'GET', path: '/later' });
		});
		expect(server.requests).toHaveLength(1);
		expect((result.error as NodeApiError).httpCode).toBe('429');
	});

	it('does not retry 4xx other than 429', async () => {
		server.on('PUT', '/api/x', { status: 400, body: { message: 'bad "value" <script>' } });
		const result = await run(async function (i) {
			return await client.request(this, i, { method: 'PUT', path: '/x', body: {} });
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe(
			'TestProvider returned 400: bad &#34;value&#34; &#60;script&#62;',
		);
	});
});

describe('ApiClient URLs', () => {
	it('joins paths to the base URL without a double slash and percent-encodes query values', async () => {
		server.on('GET', '/api/q', { body: {} });
		await run(async function (i) {
			return await client.request(this, i, {
				method: 'GET',
				path: '/q',
				qs: { 'roomName[startsWith]': '/a b&c' },
			});
		});
		expect(server.requests[0].query).toEqual({ 'roomName[startsWith]': '/a b&c' });
	});

	/** Lists GET /list, following next_page_uri. */
	const listByNextUri = () =>
		run(async function (i) {
			const paging = nextUriPaging({ maxPageSize: 10, itemsKey: 'items' });
			return await collect(client, this, i, { method: 'GET', path: '/list' }, paging);
		});

	it('refuses to follow a next-page URL to another origin and sends nothing there', async () => {
		server.on('GET', '/api/list', {
			body: { items: [{ n: 1 }], next_page_uri: `${other.url}/steal` },
		});
		const result = await listByNextUri();
		expect(result.error?.message).toMatch(
			/pointed to another server .*refusing to send the credential there/,
		);
		expect(other.requests).toHaveLength(0);
	});

	it('follows a relative next-page URI appended to the base URL', async () => {
		server.on('GET', '/api/list', {
			body: { items: [{ n: 1 }], next_page_uri: '/list2?PageToken=x' },
		});
		server.on('GET', '/api/list2', { body: { items: [{ n: 2 }], next_page_uri: null } });
		const result = await listByNextUri();
		expect(result.items.map((i) => i.json.n)).toEqual([1, 2]);
		expect(server.requests[1].query).toEqual({ PageToken: 'x' });
	});
});

describe('ApiClient form bodies', () => {
	it('sends form-encoded bodies with booleans as text and lists as repeated keys', async () => {
		server.on('POST', '/api/form', { body: {} });
		const form = testClient({ bodyFormat: 'form' });
		await run(async function (i) {
			return await form.request(this, i, {
				method: 'POST',
				path: '/form',
				body: {
					Muted: true,
					Beep: false,
					StatusCallbackEvent: ['start', 'end'],
					Empty: '',
					Missing: undefined,
				},
			});
		});
		expect(server.requests[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(server.requests[0].body).toBe(
			'Muted=true&Beep=false&StatusCallbackEvent=start&StatusCallbackEvent=end',
		);
	});
});
