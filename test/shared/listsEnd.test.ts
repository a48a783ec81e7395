import type { PageStrategy } from '../../nodes/shared/transport/paginate';
import { collect, cursorPaging, MAX_PAGES, nextUriPaging, offsetPaging, pageNumberPaging } from '../../nodes/shared/transport/paginate';
import { runNode } from '../kit/harness';
import { MockServer } from '../kit/mockServer';
import { nodeDoing, testClient, testCredentials } from './fixtures';

// Issue 11, class 3: Return All finishes on any server behaviour.
const server = new MockServer();
let base: string;
beforeAll(async () => (base = await server.start()));
afterAll(async () => await server.close());
beforeEach(() => server.reset());

const client = testClient();
const records = (from: number, n: number) => Array.from({ length: n }, (_, k) => ({ n: from + k }));

async function list(strategy: PageStrategy, limit?: number) {
	const result = await runNode(
		nodeDoing(async function (i) {
			return await collect(client, this, i, { method: 'GET', path: '/list' }, strategy, limit);
		}),
		{ credentials: testCredentials(base), parameters: { resource: 'thing', operation: 'run' } },
	);
	return { ...result, got: result.items.map((i) => i.json.n), requests: server.requests.length };
}

describe('every list ends', () => {
	it('stops a cursor cycle A → B → A with a clear error', async () => {
		const pageOf: Record<string, { results: unknown[]; cursor: string }> = {
			'': { results: records(0, 2), cursor: 'A' },
			A: { results: records(2, 2), cursor: 'B' },
			B: { results: records(4, 2), cursor: 'A' },
		};
		server.on('GET', '/list', (req) => ({ body: pageOf[String(req.query.cursor ?? '')] }));
		const { error, requests } = await list(cursorPaging({ maxPageSize: 2 }));
		expect(requests).toBe(3);
		expect(error?.message).toBe('TestProvider returned a page that was already read (page 4 would repeat page 2); stopped');
		expect(error?.description).toMatch(/set "Return All" off and use "Limit"/);
		expect(error?.context?.itemIndex).toBe(0);
	});

	it('returns the records when the limit is met before the cycle', async () => {
		server.on('GET', '/list', (req) => ({ body: { results: records(req.query.cursor ? 2 : 0, 2), cursor: req.query.cursor === 'A' ? 'B' : 'A' } }));
		const { error, got } = await list(cursorPaging({ maxPageSize: 2 }), 3);
		expect(error).toBeUndefined();
		expect(got).toEqual([0, 1, 2]);
	});

	it('stops when the server ignores the offset and repeats the same page under an absurd total', async () => {
		server.on('GET', '/list', { body: { rooms: records(0, 3), paging: { total: 1e15 } } });
		const strategy = offsetPaging({ maxPageSize: 3, itemsKey: 'rooms', total: (b) => Number((b.paging as { total: number }).total) });
		const { error, requests } = await list(strategy);
		expect(requests).toBe(2);
		expect(error?.message).toBe('TestProvider returned the same records again (page 2 repeats page 1); stopped');
	});

	it('stops when the server ignores the page number', async () => {
		server.on('GET', '/list', { body: { data: records(0, 5) } });
		const { error, requests } = await list(pageNumberPaging({ maxPageSize: 5, itemsKey: 'data' }));
		expect(requests).toBe(2);
		expect(error?.message).toMatch(/returned the same records again/);
	});

	it('stops a next-page URI that points back to an earlier page', async () => {
		server.on('GET', '/list', { body: { items: records(0, 1), next_page_uri: '/list2' } });
		server.on('GET', '/list2', { body: { items: records(1, 1), next_page_uri: '/list?PageSize=1000' } });
		const { error, requests } = await list(nextUriPaging({ maxPageSize: 1000, itemsKey: 'items' }));
		expect(requests).toBe(2);
		expect(error?.message).toMatch(/already read \(page 3 would repeat page 1\)/);
	});

	it('stops after a bounded number of pages when every page is new', async () => {
		server.on('GET', '/list', (req) => ({ body: { results: records(Number(req.query.cursor ?? 0), 1), cursor: String(Number(req.query.cursor ?? 0) + 1) } }));
		const { error, requests } = await list({ ...cursorPaging({ maxPageSize: 1 }), maxPages: 25 });
		expect(requests).toBe(25);
		expect(error?.message).toBe('TestProvider kept returning more pages after 25 pages; stopped');
	});

	it('ends at an empty page even when it carries a next link', async () => {
		server.on('GET', '/list', { body: { results: records(0, 2), cursor: 'A' } });
		server.on('GET', '/list', (req) => (req.query.cursor ? { body: { results: [], cursor: 'B' } } : { body: { results: records(0, 2), cursor: 'A' } }));
		const { error, got, requests } = await list(cursorPaging({ maxPageSize: 2 }));
		expect(error).toBeUndefined();
		expect(got).toEqual([0, 1]);
		expect(requests).toBe(2);
	});

	it('has a default bound of 10,000 pages', () => {
		expect(MAX_PAGES).toBe(10_000);
	});
});
