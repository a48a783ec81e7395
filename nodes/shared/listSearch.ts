import { createHash } from 'crypto';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ApiClient, ApiRequest } from './transport/client';
import type { PageStrategy } from './transport/paginate';
import { recordsKey } from './transport/paginate';

/** A "From List" search reads at most this many pages, whatever the provider says about more. */
export const MAX_SEARCH_PAGES = 100;

/** What a "From List" mode lists: the list endpoint, the way its Get Many pages, and the entries. */
export interface SearchList {
	client: ApiClient;
	/** The first page's request without paging parameters, as the Get Many operation sends it */
	request: ApiRequest;
	paging: PageStrategy;
	/** Records a page; default the strategy's largest */
	pageSize?: number;
	toResult(record: IDataObject): INodeListSearchItems;
	/** Query parameters with which the API itself filters on the typed text, where it can */
	filterQuery?(filter: string): IDataObject;
	/** The text the typed filter is looked for in (case-insensitive); default the value and the name */
	matchOn?(record: IDataObject, result: INodeListSearchItems): string;
}

/** Where the next page starts, and what the search knows of the pages before it. */
interface Resume {
	position: string;
	page: number;
	/** Fingerprint of the page before, when known */
	previous?: string;
}

/**
 * A search token is the provider's own position (cursor, offset, page number, next URI) while that
 * is all there is to say (the second page); from the third page on, and for a position that starts
 * with `[`, it is the JSON array `[position, page number, fingerprint of the page before]`.
 */
function readToken(token: string): Resume {
	if (token.startsWith('[')) {
		try {
			const [position, page, previous] = JSON.parse(token) as unknown[];
			if (
				typeof position === 'string' &&
				Number.isSafeInteger(page) &&
				typeof previous === 'string'
			)
				return { position, page: Math.max(2, Number(page)), previous };
		} catch {
			// not one of ours: read as the provider's position
		}
	}
	return { position: token, page: 2 };
}

function writeToken(next: Resume): string {
	const plain = next.page === 2 && !next.position.startsWith('[');
	return plain ? next.position : JSON.stringify([next.position, next.page, next.previous]);
}

const fingerprint = (items: IDataObject[]) =>
	createHash('sha256')
		.update(recordsKey(items) ?? '')
		.digest('base64url')
		.slice(0, 16);

/**
 * One page of a "From List" search: the page the token points at (none: the first), paged the way
 * the provider's Get Many pages, filtered by the API where it can and else here over the page. One
 * request per call, and the list ends on any server behaviour: at a page without records (whatever
 * next link it carries), at a page that repeats the one before, and after MAX_SEARCH_PAGES pages.
 */
export async function searchPage(
	ctx: ILoadOptionsFunctions,
	list: SearchList,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const pageSize = list.pageSize ?? list.paging.maxPageSize;
	const first = list.paging.first(withFilter(list, filter), pageSize);
	const at: Resume = paginationToken ? readToken(paginationToken) : { position: '', page: 1 };
	const req = at.page === 1 ? first : list.paging.resume(first, at.position, pageSize);
	const page = list.paging.read(await list.client.request<unknown>(ctx, 0, req), req);
	const seen = fingerprint(page.items);
	const ends = page.items.length === 0 || seen === at.previous || at.page >= MAX_SEARCH_PAGES;
	const next = ends ? undefined : page.next;
	return {
		results: matching(list, page.items, filter),
		paginationToken:
			next === undefined
				? undefined
				: writeToken({ position: next, page: at.page + 1, previous: seen }),
	};
}

/** The request with the API's own filter for the typed text, where it has one. */
function withFilter(list: SearchList, filter?: string): ApiRequest {
	if (!filter || !list.filterQuery) return list.request;
	return { ...list.request, qs: { ...list.request.qs, ...list.filterQuery(filter) } };
}

/** The entries of the records that contain the typed text; the API's filtered answer as it is. */
function matching(list: SearchList, records: IDataObject[], filter?: string) {
	const results = records.map((record) => ({ record, result: list.toResult(record) }));
	if (!filter || list.filterQuery) return results.map((r) => r.result);
	const needle = filter.toLowerCase();
	const text =
		list.matchOn ?? ((_: IDataObject, r: INodeListSearchItems) => `${r.value} ${r.name}`);
	return results
		.filter(({ record, result }) => text(record, result).toLowerCase().includes(needle))
		.map((r) => r.result);
}
