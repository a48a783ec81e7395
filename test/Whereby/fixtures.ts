import type { IDataObject } from 'n8n-workflow';

import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { Whereby } from '../../nodes/Whereby/Whereby.node';
import type { TestCredential } from '../kit/harness';
import { runNode } from '../kit/harness';
import { credential, mockApi } from '../kit/mockApi';

export const node = new Whereby();

/** The wherebyApi credential against `baseUrl`, with `data` changed. */
export const wherebyCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new WherebyApi(), { apiKey: 'key-123', baseUrl, ...data });

/** A mock Whereby API (under /v1) and credentials pointing at it. */
export const wherebyApi = () => mockApi((url) => wherebyCredentials(`${url}/v1`));

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
