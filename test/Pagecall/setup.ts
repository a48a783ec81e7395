import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import type { TestCredential } from '../kit/harness';
import { MockServer } from '../kit/mockServer';

export const SECRET = 'pc-secret-&-7f3a9c1e5b';
export const TOKEN = 'pc-token-123';

/** A mock Pagecall API and credentials pointing at it (with and without a webhook secret). */
export function pagecallMock() {
	const server = new MockServer();
	const mock = {
		server,
		credentials: {} as Record<string, TestCredential>,
		noSecret: {} as Record<string, TestCredential>,
	};
	beforeAll(async () => {
		const url = await server.start();
		const data = { apiToken: TOKEN, webhookSecret: SECRET, baseUrl: `${url}/v1` };
		mock.credentials = { pagecallApi: { type: new PagecallApi(), data } };
		mock.noSecret = {
			pagecallApi: { type: new PagecallApi(), data: { ...data, webhookSecret: '' } },
		};
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	return mock;
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
