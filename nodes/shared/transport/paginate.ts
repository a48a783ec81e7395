import type { IDataObject } from 'n8n-workflow';

import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext, ApiClient, ApiRequest } from './client';

/** Return All stops after this many pages by default, whatever the provider says about more. */
export const MAX_PAGES = 10_000;

/**
 * How a list endpoint pages: the first request, how to read a page, and how to ask for the page at
 * a position the provider gave (its cursor, offset, page number or next URI, as a string).
 */
export interface PageStrategy {
	maxPageSize: number;
	/** Pages read at most before the list is stopped with an error; default MAX_PAGES */
	maxPages?: number;
	first(req: ApiRequest, pageSize: number): ApiRequest;
	/** Records of a page, and the position of the next one, if any */
	read(body: unknown, req: ApiRequest): { items: IDataObject[]; next?: string };
	/** The request for the page at `position`, made from the request of an earlier page of the list */
	resume(req: ApiRequest, position: string, pageSize: number): ApiRequest;
}

const asRecord = (body: unknown) => (body && typeof body === 'object' ? (body as IDataObject) : {});
const itemsAt = (body: unknown, key: string | undefined): IDataObject[] => {
	const value = key === undefined ? body : asRecord(body)[key];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
};
const withQuery = (req: ApiRequest, qs: IDataObject): ApiRequest => ({
	...req,
	qs: { ...req.qs, ...qs },
});
/** A position that is a whole number of at least `min`; anything else (forged) reads as `min`. */
function counter(position: string, min: number): number {
	const n = Number(position);
	return Number.isSafeInteger(n) && n >= min ? n : min;
}

/** `?cursor=…&limit=…` → `{ results, cursor }`; stops when the cursor is null (Whereby). */
export function cursorPaging(opts: {
	maxPageSize: number;
	itemsKey?: string;
	cursorKey?: string;
}): PageStrategy {
	const itemsKey = opts.itemsKey ?? 'results';
	const cursorKey = opts.cursorKey ?? 'cursor';
	return {
		maxPageSize: opts.maxPageSize,
		first: (req, pageSize) => withQuery(req, { limit: pageSize }),
		read(body, req) {
			const cursor = asRecord(body)[cursorKey];
			const items = itemsAt(body, itemsKey);
			const done = typeof cursor !== 'string' || cursor === '' || cursor === req.qs?.cursor;
			return { items, next: done ? undefined : cursor };
		},
		resume: (req, cursor, limit) => withQuery(req, { cursor, limit }),
	};
}

/** `?offset=…&limit=…` → `{ <items>, paging: { total } }` (Pagecall). */
export function offsetPaging(opts: {
	maxPageSize: number;
	itemsKey: string;
	total?: (body: IDataObject) => number | undefined;
}): PageStrategy {
	return {
		maxPageSize: opts.maxPageSize,
		first: (req, pageSize) => withQuery(req, { offset: 0, limit: pageSize }),
		read(body, req) {
			const items = itemsAt(body, opts.itemsKey);
			const offset = Number(req.qs?.offset ?? 0) + items.length;
			const total = opts.total?.(asRecord(body));
			const asked = Number(req.qs?.limit);
			const more = total !== undefined ? offset < total : items.length >= asked;
			return { items, next: more ? String(offset) : undefined };
		},
		resume: (req, offset, limit) => withQuery(req, { offset: counter(offset, 0), limit }),
	};
}

/** `?page=…&limit=…` → `{ data, pagination: { totalPages } }` (videochamada). Page size stays fixed. */
export function pageNumberPaging(opts: {
	maxPageSize: number;
	itemsKey?: string;
	firstPage?: number;
	totalPages?: (body: IDataObject) => number | undefined;
}): PageStrategy {
	const firstPage = opts.firstPage ?? 1;
	return {
		maxPageSize: opts.maxPageSize,
		first: (req, pageSize) => withQuery(req, { page: firstPage, limit: pageSize }),
		read(body, req) {
			const items = itemsAt(body, opts.itemsKey);
			const page = Number(req.qs?.page ?? firstPage);
			const totalPages = opts.totalPages?.(asRecord(body));
			const more =
				totalPages !== undefined ? page < totalPages : items.length >= Number(req.qs?.limit);
			return { items, next: more ? String(page + 1) : undefined };
		},
		// The page size stays as it was, or page numbers would point elsewhere.
		resume: (req, page) => withQuery(req, { page: counter(page, firstPage) }),
	};
}

/** `?PageSize=…` → `{ <items>, next_page_uri }`; the next URI is relative to the base URL (Twilio). */
export function nextUriPaging(opts: {
	maxPageSize: number;
	itemsKey: string;
	nextKey?: string;
	pageSizeParam?: string;
}): PageStrategy {
	const nextKey = opts.nextKey ?? 'next_page_uri';
	return {
		maxPageSize: opts.maxPageSize,
		first: (req, pageSize) => withQuery(req, { [opts.pageSizeParam ?? 'PageSize']: pageSize }),
		read(body, req) {
			const next = asRecord(body)[nextKey];
			const items = itemsAt(body, opts.itemsKey);
			const follow = typeof next === 'string' && next !== '' && next !== req.path;
			return { items, next: follow ? next : undefined };
		},
		// The next URI carries its own page size and token.
		resume: (req, uri) => ({ ...req, path: uri, qs: undefined }),
	};
}

/**
 * Yields page after page and stops as soon as `limit` records were yielded (no limit: until the
 * provider says there is no next page). The last page is trimmed to the limit. A provider that
 * sends a next page already read, the same records again or pages without end is stopped with an
 * error after a bounded number of requests.
 */
export async function* pages(
	client: ApiClient,
	ctx: ApiContext,
	itemIndex: number,
	req: ApiRequest,
	strategy: PageStrategy,
	limit?: number,
): AsyncGenerator<IDataObject[]> {
	const pageSize = Math.max(1, Math.min(strategy.maxPageSize, limit ?? strategy.maxPageSize));
	const stop = (reason: string) =>
		new NodeOperationError(ctx.getNode(), `${client.profile.name} ${reason}; stopped`, {
			itemIndex,
			description:
				'The provider kept sending pages of this list. Nothing of it is returned: set "Return All" off and use "Limit", or narrow the list with filters.',
		});
	const requested = new Map<string, number>();
	let previousRecords: string | undefined;
	let next: ApiRequest | undefined = strategy.first(req, pageSize);
	let yielded = 0;
	for (let pageNumber = 1; next; pageNumber++) {
		const asked = requestKey(next);
		const earlier = requested.get(asked);
		if (earlier !== undefined)
			throw stop(
				`returned a page that was already read (page ${pageNumber} would repeat page ${earlier})`,
			);
		if (pageNumber > (strategy.maxPages ?? MAX_PAGES))
			throw stop(`kept returning more pages after ${pageNumber - 1} pages`);
		requested.set(asked, pageNumber);
		const body = await client.request<unknown>(ctx, itemIndex, next);
		const page = strategy.read(body, next);
		const records = recordsKey(page.items);
		if (records !== undefined && records === previousRecords)
			throw stop(
				`returned the same records again (page ${pageNumber} repeats page ${pageNumber - 1})`,
			);
		previousRecords = records;
		const items = limit === undefined ? page.items : page.items.slice(0, limit - yielded);
		yielded += items.length;
		if (items.length > 0) yield items;
		const remaining = limit === undefined ? pageSize : limit - yielded;
		next =
			page.items.length > 0 && remaining > 0 && page.next !== undefined
				? strategy.resume(next, page.next, Math.min(pageSize, remaining))
				: undefined;
	}
}

/** What identifies a page request: the path and the query, whether given in the path or apart. */
function requestKey(req: ApiRequest): string {
	const [path, query = ''] = req.path.split('?', 2);
	const params = [...new URLSearchParams(query)];
	for (const [key, value] of Object.entries(req.qs ?? {}))
		params.push([key, JSON.stringify(value)]);
	return `${path} ${JSON.stringify(params.map(([k, v]) => `${k}=${v.replace(/^"(.*)"$/, '$1')}`).sort())}`;
}

/** A cheap fingerprint of a page's records: their count and the first and last record. */
export function recordsKey(items: IDataObject[]): string | undefined {
	if (items.length === 0) return undefined;
	return `${items.length} ${JSON.stringify(items[0])} ${JSON.stringify(items[items.length - 1])}`;
}

/** All records of a list endpoint, up to `limit`: what `pages` yields, in one array. */
export async function collect(...list: Parameters<typeof pages>): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for await (const page of pages(...list)) all.push(...page);
	return all;
}
