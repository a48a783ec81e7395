import type { IDataObject } from 'n8n-workflow';

import { describeResources } from '../../nodes/shared/operations';
import { DEFAULT_TIMEOUT_MS } from '../../nodes/shared/transport/retry';
import { FakeClock } from '../kit/clock';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

// Issue 11, class 8: every request has a timeout, and the retries of one item a bounded total time.
const server = mockServer();

const silence = () => new Promise<never>(() => undefined);

function run(
	client: ReturnType<typeof testClient>,
	method: 'GET' | 'POST',
	requestOptions: IDataObject = {},
) {
	return runNode(
		nodeDoing(async function (i) {
			return await client.request(this, i, { method, path: '/slow' });
		}),
		{
			credentials: testCredentials(server.url),
			parameters: { resource: 'thing', operation: 'run', requestOptions },
		},
	);
}

describe('request timeout', () => {
	it('is a Request Options field with a default of 30 seconds', () => {
		const options = describeResources({}, 'thing').find((p) => p.name === 'requestOptions');
		const timeout = (options?.options as unknown as IDataObject[]).find(
			(o) => o.name === 'timeout',
		);
		expect(timeout).toMatchObject({
			displayName: 'Timeout',
			type: 'number',
			default: DEFAULT_TIMEOUT_MS,
		});
		expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
	});

	it('ends a POST the provider never answers, after one request, naming the timeout', async () => {
		server.on('POST', '/slow', silence);
		const result = await run(testClient(), 'POST', { timeout: 200 });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe('Could not reach TestProvider');
		expect(result.error?.description).toMatch(
			/^No answer within the Timeout of 200 ms \(Request Options\)\. /,
		);
	});

	it('retries a GET without an answer, then ends it', async () => {
		server.on('GET', '/slow', silence);
		const clock = new FakeClock();
		const result = await run(testClient({ clock, retry: { maxRetries: 2 } }), 'GET', {
			timeout: 200,
		});
		expect(server.requests).toHaveLength(3);
		expect(result.error?.description).toMatch(/^No answer within the Timeout of 200 ms/);
	});
});

describe('total retry time of one item', () => {
	it('stops retrying a failing GET when the next retry would start after the budget', async () => {
		server.on('GET', '/slow', { status: 503, body: { message: 'down' } });
		const clock = new FakeClock();
		const started = clock.now();
		const client = testClient({
			clock,
			retry: { maxRetries: 1000, baseDelayMs: 20_000, maxDelayMs: 20_000, maxTotalMs: 60_000 },
		});
		const result = await run(client, 'GET');
		expect(result.error?.message).toBe('TestProvider returned 503: down');
		// Backoff of 10–20 s each: at most 6 retries fit in 60 s, and at least 3.
		expect(server.requests.length).toBeGreaterThanOrEqual(4);
		expect(server.requests.length).toBeLessThanOrEqual(7);
		expect(clock.now() - started).toBeLessThanOrEqual(60_000);
	});

	it('stops waiting out 429s when the budget is spent, even with retries left', async () => {
		server.on('GET', '/slow', {
			status: 429,
			headers: { 'retry-after': '50' },
			body: { message: 'slow down' },
		});
		const clock = new FakeClock();
		const client = testClient({ clock, retry: { maxRateLimitRetries: 100, maxTotalMs: 120_000 } });
		const result = await run(client, 'GET');
		expect(result.error?.message).toBe('TestProvider returned 429: slow down');
		expect(server.requests).toHaveLength(3);
	});

	it('defaults to five minutes', async () => {
		server.on('GET', '/slow', {
			status: 429,
			headers: { 'retry-after': '100' },
			body: { message: 'slow down' },
		});
		const clock = new FakeClock();
		const result = await run(testClient({ clock }), 'GET');
		expect(result.error?.message).toBe('TestProvider returned 429: slow down');
		// Requests at 0, 100 and 202.5 s (the gate adds a margin after a 429); the next would start after 300 s.
		expect(server.requests).toHaveLength(3);
		expect(clock.now()).toBeLessThanOrEqual(1_000_000 + 300_000);
	});
});
