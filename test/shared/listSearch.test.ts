import type { ILoadOptionsFunctions, INodeListSearchResult, INodeType } from 'n8n-workflow';

import type { SearchList } from '../../nodes/shared/listSearch';
import { MAX_SEARCH_PAGES, searchPage } from '../../nodes/shared/listSearch';
import type { PageStrategy } from '../../nodes/shared/transport/paginate';
import { roomPaging } from '../../nodes/Pagecall/transport';
import { twilioPaging } from '../../nodes/TwilioConference/transport';
import { callPaging } from '../../nodes/Videochamada/transport';
import { wherebyPaging } from '../../nodes/Whereby/transport';
import { callListSearch } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

const server = mockServer();

const records = (from: number, n: number) =>
	Array.from({ length: n }, (_, k) => ({ id: `r${from + k}`, title: `Record ${from + k}` }));

/** The search over GET /list with the given paging, entries `Record n` → `rn`. */
const list = (paging: PageStrategy, more: Partial<SearchList> = {}): SearchList => ({
	client: testClient(),
	request: { method: 'GET', path: '/list', qs: { keep: 'me' } },
	paging,
	toResult: (r) => ({ name: String(r.title), value: String(r.id) }),
	...more,
});

/** A node whose one listSearch method is the shared pager over `searched`. */
function searchNode(searched: SearchList): INodeType {
	return {
		...nodeDoing(async () => []),
		methods: {
			listSearch: {
				async search(this: ILoadOptionsFunctions, filter?: string, token?: string) {
					return await searchPage(this, searched, filter, token);
				},
			},
		},
	};
}

const searchOnce = async (searched: SearchList, filter?: string, token?: string) =>
	await callListSearch(
		searchNode(searched),
		{ credentials: testCredentials(server.url), parameters: {} },
		'search',
		filter,
		token,
	);

/** Scrolls the "From List" dropdown to its end, as n8n does: page after page while a token comes back. */
async function scrollToEnd(searched: SearchList, filter?: string) {
	const pages: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const page = await searchOnce(searched, filter, token);
		pages.push(page);
		token = page.paginationToken as string | undefined;
	} while (token !== undefined && pages.length <= MAX_SEARCH_PAGES);
	return {
		values: pages.flatMap((p) => p.results.map((r) => r.value)),
		tokens: pages.map((p) => p.paginationToken as string | undefined),
		requests: server.requests.length,
	};
}

describe('the shared "From List" pager', () => {
	it('reads one page a call with the Get Many paging, and sends the position back', async () => {
		const pageAt: Record<string, object> = {
			'': { results: records(0, 2), cursor: 'A' },
			A: { results: records(2, 2), cursor: 'B' },
			B: { results: records(4, 1), cursor: null },
		};
		server.on('GET', '/list', (req) => ({ body: pageAt[String(req.query.cursor ?? '')] }));
		const { values, tokens } = await scrollToEnd(list(wherebyPaging));
		expect(values).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
		expect(tokens[0]).toBe('A');
		expect(tokens[2]).toBeUndefined();
		expect(server.requests.map((r) => [r.path, r.query, r.headers.authorization])).toEqual([
			['/list', { keep: 'me', limit: '100' }, 'Bearer secret-token'],
			['/list', { keep: 'me', limit: '100', cursor: 'A' }, 'Bearer secret-token'],
			['/list', { keep: 'me', limit: '100', cursor: 'B' }, 'Bearer secret-token'],
		]);
	});

	it('asks for the page size given, else the largest the provider allows', async () => {
		server.on('GET', '/list', { body: { conferences: records(0, 1), next_page_uri: null } });
		await searchOnce(list(twilioPaging('conferences')));
		await searchOnce(list(twilioPaging('conferences'), { pageSize: 50 }));
		expect(server.requests.map((r) => r.query.PageSize)).toEqual(['1000', '50']);
	});

	it('filters over the page on the value and the name, and still offers the next page', async () => {
		server.on('GET', '/list', { body: { results: records(8, 4), cursor: 'A' } });
		const found = await searchOnce(list(wherebyPaging), 'CORD 1');
		expect(found).toEqual({
			results: [
				{ name: 'Record 10', value: 'r10' },
				{ name: 'Record 11', value: 'r11' },
			],
			paginationToken: 'A',
		});
		const none = await searchOnce(list(wherebyPaging), 'nothing like it');
		expect(none).toEqual({ results: [], paginationToken: 'A' });
		expect(server.requests.map((r) => r.query)).toEqual([
			{ keep: 'me', limit: '100' },
			{ keep: 'me', limit: '100' },
		]);
	});

	it('matches on the text a provider names', async () => {
		server.on('GET', '/list', { body: { results: records(1, 2), cursor: null } });
		const found = await searchOnce(list(wherebyPaging, { matchOn: (r) => String(r.id) }), 'r2');
		expect(found.results).toEqual([{ name: 'Record 2', value: 'r2' }]);
	});

	it('lets the API filter where it can, and takes its answer as it is', async () => {
		server.on('GET', '/list', { body: { results: records(0, 2), cursor: null } });
		const searched = list(wherebyPaging, {
			filterQuery: (filter) => ({ 'name[contains]': filter }),
		});
		const found = await searchOnce(searched, 'zzz');
		expect(found.results.map((r) => r.value)).toEqual(['r0', 'r1']);
		await searchOnce(searched);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ keep: 'me', 'name[contains]': 'zzz', limit: '100' },
			{ keep: 'me', limit: '100' },
		]);
	});

	it('hands a position that looks like its own token back unchanged', async () => {
		server.on('GET', '/list', (req) =>
			req.query.cursor
				? { body: { results: records(2, 1), cursor: null } }
				: { body: { results: records(0, 2), cursor: '["x",7,"y"]' } },
		);
		const { values } = await scrollToEnd(list(wherebyPaging));
		expect(values).toEqual(['r0', 'r1', 'r2']);
		expect(server.requests[1].query.cursor).toBe('["x",7,"y"]');
	});

	it('reads a forged offset or page number as the first one', async () => {
		server.on('GET', '/list', { body: { rooms: [], data: [] } });
		for (const token of ['abc', '-30', '1e400', '2.5'])
			await searchOnce(list(roomPaging), undefined, token);
		await searchOnce(list(callPaging), undefined, '0');
		const asked = server.requests.map((r) => r.query.offset ?? `page ${r.query.page}`);
		expect(asked).toEqual(['0', '0', '0', '0', 'page 1']);
	});

	it('sends the credential to no other server, whatever the token says', async () => {
		await expect(
			searchOnce(
				list(twilioPaging('conferences')),
				undefined,
				'https://elsewhere.example.test/list?PageToken=PA1',
			),
		).rejects.toThrow(/pointed to another server/);
		expect(server.requests).toHaveLength(0);
	});
});

// Every list ends, on any server behaviour: the editor loads the next page by itself while the
// dropdown is not full, so a token that always comes back would be a request loop.
describe('every "From List" list ends', () => {
	it('at an empty page, even with a next link', async () => {
		server.on('GET', '/list', (req) =>
			req.query.cursor
				? { body: { results: [], cursor: 'B' } }
				: { body: { results: records(0, 2), cursor: 'A' } },
		);
		const { values, tokens, requests } = await scrollToEnd(list(wherebyPaging, { pageSize: 2 }));
		expect(values).toEqual(['r0', 'r1']);
		expect(tokens).toEqual(['A', undefined]);
		expect(requests).toBe(2);
	});

	it('at a cursor that points to itself', async () => {
		server.on('GET', '/list', { body: { results: records(0, 2), cursor: 'same' } });
		const { requests, tokens } = await scrollToEnd(list(wherebyPaging, { pageSize: 2 }));
		expect(tokens).toEqual(['same', undefined]);
		expect(requests).toBe(2);
	});

	it('when the server ignores the cursor and sends the same page again', async () => {
		server.on('GET', '/list', (req) => ({
			body: {
				results: records(0, 2),
				cursor: `c${Number(String(req.query.cursor ?? 'c0').slice(1)) + 1}`,
			},
		}));
		const { requests } = await scrollToEnd(list(wherebyPaging, { pageSize: 2 }));
		expect(requests).toBe(3);
	});

	it('when the server ignores the offset under an absurd total', async () => {
		server.on('GET', '/list', { body: { rooms: records(0, 3), paging: { total: 1e15 } } });
		const { requests } = await scrollToEnd(list(roomPaging, { pageSize: 3 }));
		expect(requests).toBe(3);
		expect(server.requests.map((r) => r.query.offset)).toEqual(['0', '3', '6']);
	});

	it('when the server ignores the page number', async () => {
		server.on('GET', '/list', { body: { data: records(0, 5) } });
		const { requests } = await scrollToEnd(list(callPaging, { pageSize: 5 }));
		expect(requests).toBe(3);
		expect(server.requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
	});

	it(`after ${MAX_SEARCH_PAGES} pages of a cursor cycle A → B → A`, async () => {
		server.on('GET', '/list', (req) => {
			const cursor = String(req.query.cursor ?? '');
			return {
				body:
					cursor === 'A'
						? { results: records(2, 2), cursor: 'B' }
						: { results: records(cursor === 'B' ? 4 : 0, 2), cursor: 'A' },
			};
		});
		const { requests, tokens } = await scrollToEnd(list(wherebyPaging, { pageSize: 2 }));
		expect(requests).toBe(MAX_SEARCH_PAGES);
		expect(tokens.at(-1)).toBeUndefined();
	});

	it(`after ${MAX_SEARCH_PAGES} pages when every page is new`, async () => {
		server.on('GET', '/list', (req) => {
			const at = Number(req.query.cursor ?? 0);
			return { body: { results: records(at, 1), cursor: String(at + 1) } };
		});
		const { requests, values } = await scrollToEnd(list(wherebyPaging, { pageSize: 1 }));
		expect(requests).toBe(MAX_SEARCH_PAGES);
		expect(values).toHaveLength(MAX_SEARCH_PAGES);
		expect(MAX_SEARCH_PAGES).toBe(100);
	});
});
