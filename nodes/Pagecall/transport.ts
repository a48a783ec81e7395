import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import type { IDataObject } from 'n8n-workflow';

import { passwordFields } from '../shared/secrets';
import { ApiClient } from '../shared/transport/client';
import type { ProviderErrorInfo } from '../shared/transport/errors';
import type { PageStrategy } from '../shared/transport/paginate';
import { offsetPaging } from '../shared/transport/paginate';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Pagecall documents no error body; this reads `{ message }`, `{ error }` and `{ error: { message, code } }`. */
function parseError(body: unknown): ProviderErrorInfo {
	if (typeof body === 'string') return { message: text(body.slice(0, 500)) };
	if (!body || typeof body !== 'object') return {};
	const record = body as IDataObject;
	const nested =
		record.error && typeof record.error === 'object' ? (record.error as IDataObject) : {};
	const code = record.code ?? nested.code;
	return {
		message: text(record.message) ?? text(record.error) ?? text(nested.message),
		code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
	};
}

/** Pagecall Public API v1: https://docs.pagecall.com/references/endpoints/Create_Room */
export const pagecall = new ApiClient({
	name: 'Pagecall',
	credentialType: 'pagecallApi',
	secretFields: passwordFields(new PagecallApi()),
	parseError,
	hints: {
		400: 'Pagecall answers 400 both for invalid values and for a missing or wrong API token. Check the fields named in the message and the API token in the credential.',
		401: 'Check the API token in the Pagecall credential: it is missing, wrong or revoked.',
	},
});

/** `paging.total` of a list answer, when Pagecall sends it. */
function pagingTotal(body: IDataObject): number | undefined {
	const paging = body.paging as IDataObject | undefined;
	const total = Number(paging?.total);
	return paging && paging.total !== null && Number.isFinite(total) ? total : undefined;
}

/**
 * `?offset&limit` → `{ <itemsKey>, paging: { total } }`. The page size of 30 is the one Pagecall
 * uses by default and in its SDK; a larger maximum is not documented.
 */
function listPaging(itemsKey: string): PageStrategy {
	const inner = offsetPaging({ maxPageSize: 30, itemsKey, total: pagingTotal });
	return {
		...inner,
		read(body, req) {
			const page = inner.read(body, req);
			// Members and sessions are documented without paging: an answer larger than asked is the whole list.
			const unpaged = page.items.length > Number(req.qs?.limit);
			return unpaged ? { items: page.items } : page;
		},
	};
}

export const roomPaging = listPaging('rooms');
export const memberPaging = listPaging('members');
export const sessionPaging = listPaging('sessions');

/** Pagecall wraps single objects (`{ room }`, `{ member }`, `{ user }`): the inner object. */
export function unwrap(body: unknown, key: string): IDataObject {
	const record = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const inner = record[key];
	return inner && typeof inner === 'object' && !Array.isArray(inner)
		? (inner as IDataObject)
		: record;
}
