import type { ICredentialDataDecryptedObject, ICredentialType } from 'n8n-workflow';

import type { TestCredential } from './harness';
import { MockServer } from './mockServer';

export type Credentials = Record<string, TestCredential>;

/** The credentials a node under test gets: one of `type` holding `data` (the values the user typed). */
export const credential = (
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Credentials => ({ [type.name]: { type, data } });

/**
 * A local mock server for the calling test file: started before its tests (its base URL is then
 * `server.url`), reset before each test, closed after the last.
 */
export function mockServer(): MockServer {
	const server = new MockServer();
	beforeAll(async () => await server.start());
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	return server;
}

/**
 * A mock of a provider's API for the calling test file: a mockServer(), its base `url` and the
 * credentials pointing at it, `credentialsAt(url)`, filled in when the server has started.
 */
export function mockApi(credentialsAt: (url: string) => Credentials) {
	const server = mockServer();
	const credentials: Credentials = {};
	beforeAll(() => Object.assign(credentials, credentialsAt(server.url)));
	return {
		server,
		credentials,
		get url() {
			return server.url;
		},
	};
}
