import type { IDataObject } from 'n8n-workflow';

import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { Whereby } from '../../nodes/Whereby/Whereby.node';
import type { TestCredential } from '../kit/harness';
import { runNode } from '../kit/harness';
import { MockServer } from '../kit/mockServer';

export const node = new Whereby();

/** A mock Whereby API for one test file: started before, reset before each test, closed after. */
export function wherebyApi() {
	const server = new MockServer();
	const credentials: Record<string, TestCredential> = {};
	beforeAll(async () => {
		const url = await server.start();
		credentials.wherebyApi = {
			type: new WherebyApi(),
			data: { apiKey: 'key-123', baseUrl: `${url}/v1` },
		};
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	return { server, credentials };
}

/** A resource-locator value "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** `n` records `{ [key]: from + k }` and the cursor of the next page. */
export const page = (key: string, from: number, n: number, cursor: string | null) => ({
	body: { results: Array.from({ length: n }, (_, k) => ({ [key]: String(from + k) })), cursor },
});

type Extra = Partial<
	Pick<Parameters<typeof runNode>[1], 'continueOnFail' | 'binaries' | 'timezone'>
>;

/** Runs the Whereby node for `resource` over the given input items. */
export const runner =
	(credentials: Record<string, TestCredential>, resource: string) =>
	async (parameters: IDataObject, items?: IDataObject[], extra: Extra = {}) =>
		await runNode(node, { credentials, items, ...extra, parameters: { resource, ...parameters } });
