import type { IDataObject } from 'n8n-workflow';

import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { Whereby } from '../../nodes/Whereby/Whereby.node';
import { resourceRunner } from '../kit/harness';
import type { Credentials } from '../kit/mockApi';
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

/** Runs the Whereby node for `resource` over the given input items. */
export const runner = (credentials: Credentials, resource: string) =>
	resourceRunner(node, credentials, resource);
