import { MockServer } from './mockServer';

/**
 * A second local server on its own origin, standing for the storage (S3) that pre-signed download
 * links point to: started before the file's tests, reset before each, closed after.
 */
export function storageServer() {
	const server = new MockServer();
	const origin = { url: '' };
	beforeAll(async () => {
		origin.url = await server.start();
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	return { storage: server, origin };
}
