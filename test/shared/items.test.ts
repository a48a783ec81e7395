import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { FakeClock } from '../kit/clock';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

const server = mockServer();

const client = testClient();
const items = (n: number) => Array.from({ length: n }, (_, k) => ({ k }));

/** A node that posts each item's `k` to /echo through `via`. */
const echoThrough = (via: typeof client) =>
	nodeDoing(async function (i) {
		const { k } = this.getInputData()[i].json as { k: number };
		return await via.request(this, i, { method: 'POST', path: '/echo', body: { k } });
	});

function runWith(
	concurrency: number | undefined,
	extra: { continueOnFail?: boolean; count?: number; via?: typeof client } = {},
) {
	return runNode(echoThrough(extra.via ?? client), {
		credentials: testCredentials(server.url),
		items: items(extra.count ?? 8),
		continueOnFail: extra.continueOnFail,
		parameters: {
			resource: 'thing',
			operation: 'run',
			...(concurrency === undefined ? {} : { requestOptions: { concurrency } }),
		},
	});
}

/** Counts how many requests the server holds at once. */
function trackInFlight(delayMs: (k: number) => number | Promise<number>) {
	const stats = { now: 0, max: 0 };
	server.on('POST', '/echo', async (req) => {
		stats.max = Math.max(stats.max, ++stats.now);
		await sleep(await delayMs(req.json.k));
		stats.now--;
		return { status: 201, body: { echoed: req.json.k } };
	});
	return stats;
}

describe('item runner', () => {
	it('keeps output order and pairing with concurrent items finishing out of order', async () => {
		// The first four answers wait until all four are in flight (so the check does not depend on
		// the machine's speed), then finish in reverse order.
		let release: () => void = () => undefined;
		const allFour = new Promise<void>((resolve) => (release = resolve));
		const stats = trackInFlight(async (k) => {
			if (k < 4) {
				if (stats.now === 4) release();
				await allFour;
			}
			return (8 - k) * 15;
		});
		const result = await runWith(4);
		expect(result.items.map((i) => [i.json.echoed, i.pairedItem])).toEqual(
			items(8).map(({ k }) => [k, { item: k }]),
		);
		expect(stats.max).toBe(4);
		expect(server.requests).toHaveLength(8);
	});

	it('sends one item at a time by default', async () => {
		const stats = trackInFlight(() => 5);
		const result = await runWith(undefined, { count: 3 });
		expect(result.items).toHaveLength(3);
		expect(stats.max).toBe(1);
	});

	it('under continueOnFail gives every failed item an error item in its place, paired to it', async () => {
		server.on('POST', '/echo', (req) =>
			req.json.k % 3 === 1
				? { status: 404, body: { message: `no ${req.json.k}` } }
				: { body: { ok: req.json.k } },
		);
		const result = await runWith(3, { continueOnFail: true, count: 5 });
		expect(result.error).toBeUndefined();
		const failed = (k: number) => ({
			json: {
				error: `TestProvider returned 404: no ${k}`,
				statusCode: 404,
				description: expect.stringContaining('Check the ID'),
			},
			pairedItem: { item: k },
		});
		expect(result.items).toEqual([
			{ json: { ok: 0 }, pairedItem: { item: 0 } },
			failed(1),
			{ json: { ok: 2 }, pairedItem: { item: 2 } },
			{ json: { ok: 3 }, pairedItem: { item: 3 } },
			failed(4),
		]);
	});

	it('without continueOnFail throws the failure of the first failing item and starts no new items', async () => {
		server.on('POST', '/echo', (req) =>
			req.json.k >= 2 ? { status: 400, body: { message: `bad ${req.json.k}` } } : { body: {} },
		);
		const result = await runWith(1, { count: 6 });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe('TestProvider returned 400: bad 2');
		expect(result.error?.context?.itemIndex).toBe(2);
		expect(server.requests).toHaveLength(3);
	});

	// Issue 11, class 9: no silent duplicates after a failure.
	it('when the run stops, says which items were already done and the ids they created', async () => {
		server.on('POST', '/echo', (req) =>
			req.json.k === 3
				? { status: 400, body: { message: 'bad 3' } }
				: { status: 201, body: { id: `created-${req.json.k}` } },
		);
		const result = await runWith(1, { count: 5 });
		expect(result.error?.message).toBe('TestProvider returned 400: bad 3');
		expect(result.error?.description).toMatch(/^The provider rejected the request\. /);
		expect(result.error?.description).toContain(
			'Items already done before the run stopped: 0 (created-0), 1 (created-1), 2 (created-2). Running the workflow again repeats them: remove them from the input first.',
		);
		expect(server.requests).toHaveLength(4);
	});

	it('says nothing about done items when the first item fails', async () => {
		server.on('POST', '/echo', { status: 400, body: { message: 'bad' } });
		const result = await runWith(1, { count: 3 });
		expect(result.error?.description).not.toContain('already done');
	});

	it('gives one output item per record for lists, all paired to their input item', async () => {
		const lister = nodeDoing(async function (i) {
			return [{ n: i * 10 }, { n: i * 10 + 1 }] as IDataObject[];
		});
		const result = await runNode(lister, {
			credentials: testCredentials(server.url),
			items: items(2),
			parameters: { resource: 'thing', operation: 'run' },
		});
		expect(result.items).toEqual([
			{ json: { n: 0 }, pairedItem: { item: 0 } },
			{ json: { n: 1 }, pairedItem: { item: 0 } },
			{ json: { n: 10 }, pairedItem: { item: 1 } },
			{ json: { n: 11 }, pairedItem: { item: 1 } },
		]);
	});

	it('pauses every item when one is rate limited, and no item fails', async () => {
		let limited = false;
		const clock = new FakeClock();
		server.clock = clock;
		server.on('POST', '/echo', (req) => {
			if (req.json.k === 3 && !limited) {
				limited = true;
				return { status: 429, headers: { 'retry-after': '1' } };
			}
			return { body: { ok: req.json.k } };
		});
		const result = await runWith(4, { count: 12, via: testClient({ clock }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.ok)).toEqual(items(12).map(({ k }) => k));
		expect(server.requests).toHaveLength(13);
		const limitedAt = server.requests.find((r) => r.json.k === 3)!.at!;
		// Requests already on the wire may land; nothing new is sent until Retry-After has passed.
		const during = server.requests.filter((r) => r.at! > limitedAt + 50 && r.at! < limitedAt + 950);
		expect(during).toEqual([]);
		const retried = server.requests.filter((r) => r.json.k === 3)[1];
		expect(retried.at! - limitedAt).toBeGreaterThanOrEqual(950);
	});

	it('never creates an item twice when a burst is rate limited: each input item succeeds once, in order', async () => {
		const created = new Map<number, number>();
		let answered = 0;
		server.on('POST', '/echo', (req) => {
			// The 4th to 9th request are refused: the provider did not process them.
			if (++answered >= 4 && answered <= 9)
				return { status: 429, headers: { 'retry-after': '0.2' } };
			created.set(req.json.k, (created.get(req.json.k) ?? 0) + 1);
			return { status: 201, body: { created: req.json.k } };
		});
		const result = await runWith(8, { count: 20 });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.created, i.pairedItem])).toEqual(
			items(20).map(({ k }) => [k, { item: k }]),
		);
		expect([...created.values()]).toEqual(items(20).map(() => 1));
		expect(server.requests).toHaveLength(26);
	});

	it('waits for X-RateLimit-Reset when X-RateLimit-Remaining reaches 0, before any further request', async () => {
		let answered = 0;
		const clock = new FakeClock();
		server.clock = clock;
		server.on('POST', '/echo', (req) => {
			answered++;
			const spent: Record<string, string> =
				answered === 2 ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' } : {};
			return { status: 201, headers: spent, body: { ok: req.json.k } };
		});
		const result = await runWith(1, { count: 4, via: testClient({ clock }) });
		expect(result.items.map((i) => i.json.ok)).toEqual([0, 1, 2, 3]);
		const at = server.requests.map((r) => r.at!);
		expect(at[2] - at[1]).toBeGreaterThanOrEqual(950);
		expect(at[1] - at[0]).toBeLessThan(500);
	});

	it('fails every item of an unknown operation, naming it, and sends nothing', async () => {
		const result = await runNode(echoThrough(client), {
			credentials: testCredentials(server.url),
			items: items(2),
			continueOnFail: true,
			parameters: { resource: 'thing', operation: 'fly' },
		});
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			['The operation "fly" of resource "thing" is not supported', { item: 0 }],
			['The operation "fly" of resource "thing" is not supported', { item: 1 }],
		]);
		expect(server.requests).toHaveLength(0);
	});

	it('after a 429, paces to what the provider accepted instead of bursting into the limit again', async () => {
		// The provider allows 5 requests in any 300 ms and answers 429 + Retry-After beyond.
		const accepted: number[] = [];
		const created = new Map<number, number>();
		const clock = new FakeClock();
		server.on('POST', '/echo', (req) => {
			const now = clock.now();
			if (accepted.filter((t) => now - t < 300).length >= 5)
				return { status: 429, headers: { 'retry-after': '0.3' } };
			accepted.push(now);
			created.set(req.json.k, (created.get(req.json.k) ?? 0) + 1);
			return { status: 201, body: { created: req.json.k } };
		});
		const started = clock.now();
		const result = await runWith(10, { count: 40, via: testClient({ clock }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.created, i.pairedItem])).toEqual(
			items(40).map(({ k }) => [k, { item: k }]),
		);
		expect([...created.values()]).toEqual(items(40).map(() => 1));
		const refused = server.requests.length - 40;
		// Only the first burst (and the rare probe for a raised limit) runs into the limit.
		expect(refused).toBeLessThanOrEqual(12);
		// 40 items at 5 per 300 ms need about 2.4 s; bursting into the limit each time took longer.
		expect(clock.now() - started).toBeLessThan(4000);
	});
});
