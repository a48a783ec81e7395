import type { IDataObject } from 'n8n-workflow';

import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import type { Credentials } from '../kit/mockApi';
import { credential, mockApi } from '../kit/mockApi';

export const SECRET = 'pc-secret-&-7f3a9c1e5b';
export const TOKEN = 'pc-token-123';

/** The pagecallApi credential against `baseUrl`, with `data` changed. */
export const pagecallCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new PagecallApi(), { apiToken: TOKEN, webhookSecret: SECRET, baseUrl, ...data });

/** A mock Pagecall API and credentials pointing at it (with and without a webhook secret). */
export function pagecallMock() {
	const mock = mockApi((url) => pagecallCredentials(`${url}/v1`));
	const noSecret: Credentials = {};
	beforeAll(() =>
		Object.assign(noSecret, pagecallCredentials(`${mock.server.url}/v1`, { webhookSecret: '' })),
	);
	return Object.assign(mock, { noSecret });
}

/** A list answer as Pagecall sends it: `{ paging, <key>: [...] }` for `?offset&limit` over `total` records. */
export function listAnswer(key: string, total: number, prefix = 'r') {
	return (req: { query: Record<string, string | string[]> }) => {
		const offset = Number(req.query.offset ?? 0);
		const limit = Number(req.query.limit ?? 30);
		const count = Math.max(0, Math.min(limit, total - offset));
		const records = Array.from({ length: count }, (_, k) => ({ id: `${prefix}${offset + k}` }));
		return { body: { paging: { limit, offset, total }, [key]: records } };
	};
}
