import type { IDataObject } from 'n8n-workflow';

import type { PageStrategy } from '../../nodes/shared/transport/paginate';
import {
	collect,
	cursorPaging,
	MAX_PAGES,
	nextUriPaging,
	offsetPaging,
	pageNumberPaging,
} from '../../nodes/shared/transport/paginate';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

const server = mockServer();

const client = testClient();
const records = (from: number, n: number) => Array.from({ length: n }, (_, k) => ({ n: from + k }));

async function list(strategy: PageStrategy, limit?: number) {
	const result = await runNode(
		nodeDoing(async function (i) {
			return await collect(
				client,
				this,
				i,
				{ method: 'GET', path: '/list', qs: { keep: 'me' } },
				strategy,
				limit,
			);
		}),
		{
			credentials: testCredentials(server.url),
			parameters: { resource: 'thing', operation: 'run' },
		},
	);
	expect(result.error).toBeUndefined();
	return { got: result.items.map((i) => i.json.n), asked: server.requests.map((r) => r.query) };
}

describe('offset paging', () => {
	const strategy = offsetPaging({
		maxPageSize: 30,
		itemsKey: 'rooms',
		total: (b) => (b.paging as IDataObject)?.total as number,
	});
	const serve = (total: number) =>
		server.on('GET', '/list', (req) => {
			const offset = Number(req.query.offset);
			const count = Math.max(0, Math.min(Number(req.query.limit), total - offset));
			return {
				body: {
					rooms: records(offset, count),
					paging: { offset, limit: Number(req.query.limit), total },
				},
			};
		});

	it('sends the offset back and stops at the total', async () => {
		serve(65);
		const { got, asked } = await list(strategy);
		expect(got).toEqual(records(0, 65).map((r) => r.n));
		expect(asked).toEqual([
			{ keep: 'me', offset: '0', limit: '30' },
			{ keep: 'me', offset: '30', limit: '30' },
			{ keep: 'me', offset: '60', limit: '30' },
		]);
	});

	it('asks for no more than the limit needs', async () => {
		serve(500);
		const { got, asked } = await list(strategy, 40);
		expect(got).toHaveLength(40);
		expect(asked).toEqual([
			{ keep: 'me', offset: '0', limit: '30' },
			{ keep: 'me', offset: '30', limit: '10' },
		]);
	});
});

describe('page-number paging', () => {
	const strategy = pageNumberPaging({
		maxPageSize: 100,
		itemsKey: 'data',
		totalPages: (b) => (b.pagination as IDataObject)?.totalPages as number,
	});

	it('keeps the page size fixed, counts pages up and stops at the limit', async () => {
		server.on('GET', '/list', (req) => {
			const page = Number(req.query.page);
			const size = Number(req.query.limit);
			return {
				body: {
					data: records((page - 1) * size, size),
					pagination: { page, limit: size, total: 1000, totalPages: 10 },
				},
			};
		});
		const { got, asked } = await list(strategy, 250);
		expect(got).toEqual(records(0, 250).map((r) => r.n));
		expect(asked).toEqual([
			{ keep: 'me', page: '1', limit: '100' },
			{ keep: 'me', page: '2', limit: '100' },
			{ keep: 'me', page: '3', limit: '100' },
		]);
	});

	it('stops at the last page when returning all', async () => {
		server.on('GET', '/list', (req) => ({
			body: {
				data: records(Number(req.query.page) * 100, req.query.page === '2' ? 7 : 100),
				pagination: { totalPages: 2 },
			},
		}));
		const { got, asked } = await list(strategy);
		expect(got).toHaveLength(107);
		expect(asked).toHaveLength(2);
	});
});

describe('cursor paging', () => {
	it('stops with an error when the provider repeats a cursor instead of looping forever', async () => {
		server.on('GET', '/list', { body: { results: records(0, 2), cursor: 'same' } });
		const result = await runNode(
			nodeDoing(async function (i) {
				return await collect(
					client,
					this,
					i,
					{ method: 'GET', path: '/list' },
					cursorPaging({ maxPageSize: 100 }),
				);
			}),
			{
				credentials: testCredentials(server.url),
				parameters: { resource: 'thing', operation: 'run' },
			},
		);
		expect(result.error?.message).toBe(
			'TestProvider returned the same records again (page 2 repeats page 1); stopped',
		);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ limit: '100' },
			{ limit: '100', cursor: 'same' },
		]);
	});

	it('stops at an empty page', async () => {
		server.on('GET', '/list', { body: { results: [], cursor: 'more' } });
		const { got, asked } = await list(cursorPaging({ maxPageSize: 100 }));
		expect(got).toEqual([]);
		expect(asked).toHaveLength(1);
	});
});

describe('next-URI paging', () => {
	const strategy = nextUriPaging({ maxPageSize: 1000, itemsKey: 'conferences' });

	it('sends exactly one request, with PageSize = Limit, for a small limit', async () => {
		server.on('GET', '/list', {
			body: { conferences: records(0, 10), next_page_uri: '/list?Page=1&PageToken=PA1' },
		});
		const { got, asked } = await list(strategy, 10);
		expect(got).toHaveLength(10);
		expect(asked).toEqual([{ keep: 'me', PageSize: '10' }]);
	});

	it('follows next_page_uri as given until it is null', async () => {
		server.on('GET', '/list', (req) =>
			req.query.PageToken
				? { body: { conferences: records(1000, 5), next_page_uri: null } }
				: {
						body: {
							conferences: records(0, 1000),
							next_page_uri: '/list?PageSize=1000&Page=1&PageToken=PA1',
						},
					},
		);
		const { got, asked } = await list(strategy);
		expect(got).toHaveLength(1005);
		expect(asked).toEqual([
			{ keep: 'me', PageSize: '1000' },
			{ PageSize: '1000', Page: '1', PageToken: 'PA1' },
		]);
	});
});

/** A Return All (or limited) list run that may fail: the error, the records and how many requests. */
async function outcome(strategy: PageStrategy, limit?: number) {
	const result = await runNode(
		nodeDoing(async function (i) {
			return await collect(client, this, i, { method: 'GET', path: '/list' }, strategy, limit);
		}),
		{
			credentials: testCredentials(server.url),
			parameters: { resource: 'thing', operation: 'run' },
		},
	);
	return { ...result, got: result.items.map((i) => i.json.n), requests: server.requests.length };
}

// Issue 11, class 3: Return All finishes on any server behaviour.
describe('every list ends', () => {
	it('stops a cursor cycle A → B → A with a clear error', async () => {
		const pageOf: Record<string, { results: unknown[]; cursor: string }> = {
			'': { results: records(0, 2), cursor: 'A' },
			A: { results: records(2, 2), cursor: 'B' },
			B: { results: records(4, 2), cursor: 'A' },
		};
		server.on('GET', '/list', (req) => ({ body: pageOf[String(req.query.cursor ?? '')] }));
		const { error, requests } = await outcome(cursorPaging({ maxPageSize: 2 }));
		expect(requests).toBe(3);
		expect(error?.message).toBe(
			'TestProvider returned a page that was already read (page 4 would repeat page 2); stopped',
		);
		expect(error?.description).toMatch(/set "Return All" off and use "Limit"/);
		expect(error?.context?.itemIndex).toBe(0);
	});

	it('returns the records when the limit is met before the cycle', async () => {
		server.on('GET', '/list', (req) => ({
			body: {
				results: records(req.query.cursor ? 2 : 0, 2),
				cursor: req.query.cursor === 'A' ? 'B' : 'A',
			},
		}));
		const { error, got } = await outcome(cursorPaging({ maxPageSize: 2 }), 3);
		expect(error).toBeUndefined();
		expect(got).toEqual([0, 1, 2]);
	});

	it('stops when the server ignores the offset and repeats the same page under an absurd total', async () => {
		server.on('GET', '/list', { body: { rooms: records(0, 3), paging: { total: 1e15 } } });
		const strategy = offsetPaging({
			maxPageSize: 3,
			itemsKey: 'rooms',
			total: (b) => Number((b.paging as { total: number }).total),
		});
		const { error, requests } = await outcome(strategy);
		expect(requests).toBe(2);
		expect(error?.message).toBe(
			'TestProvider returned the same records again (page 2 repeats page 1); stopped',
		);
	});

	it('stops when the server ignores the page number', async () => {
		server.on('GET', '/list', { body: { data: records(0, 5) } });
		const { error, requests } = await outcome(
			pageNumberPaging({ maxPageSize: 5, itemsKey: 'data' }),
		);
		expect(requests).toBe(2);
		expect(error?.message).toMatch(/returned the same records again/);
	});

	it('stops a next-page URI that points back to an earlier page', async () => {
		server.on('GET', '/list', { body: { items: records(0, 1), next_page_uri: '/list2' } });
		server.on('GET', '/list2', {
			body: { items: records(1, 1), next_page_uri: '/list?PageSize=1000' },
		});
		const { error, requests } = await outcome(
			nextUriPaging({ maxPageSize: 1000, itemsKey: 'items' }),
		);
		expect(requests).toBe(2);
		expect(error?.message).toMatch(/already read \(page 3 would repeat page 1\)/);
	});

	it('stops after a bounded number of pages when every page is new', async () => {
		server.on('GET', '/list', (req) => ({
			body: {
				results: records(Number(req.query.cursor ?? 0), 1),
				cursor: String(Number(req.query.cursor ?? 0) + 1),
			},
		}));
		const { error, requests } = await outcome({
			...cursorPaging({ maxPageSize: 1 }),
			maxPages: 25,
		});
		expect(requests).toBe(25);
		expect(error?.message).toBe('TestProvider kept returning more pages after 25 pages; stopped');
	});

	it('ends at an empty page even when it carries a next link', async () => {
		server.on('GET', '/list', { body: { results: records(0, 2), cursor: 'A' } });
		server.on('GET', '/list', (req) =>
			req.query.cursor
				? { body: { results: [], cursor: 'B' } }
				: { body: { results: records(0, 2), cursor: 'A' } },
		);
		const { error, got, requests } = await outcome(cursorPaging({ maxPageSize: 2 }));
		expect(error).toBeUndefined();
		expect(got).toEqual([0, 1]);
		expect(requests).toBe(2);
	});

	it('has a default bound of 10,000 pages', () => {
		expect(MAX_PAGES).toBe(10_000);
	});
});
