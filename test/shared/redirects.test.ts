import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';

// Issue 11, class 1: credentials never leave the API's origin, not even through a redirect.
const api = mockServer();
const elsewhere = mockServer();

const client = testClient();
const run = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: IDataObject) =>
	runNode(
		nodeDoing(async function (i) {
			return await client.request(this, i, { method, path, body });
		}),
		{
			credentials: testCredentials(`${api.url}/api`),
			parameters: { resource: 'thing', operation: 'run' },
			items: [{}, {}],
		},
	);

describe('redirects', () => {
	it.each([301, 302, 303, 307, 308])(
		'a %i to another origin ends the item and sends nothing there',
		async (status) => {
			api.on('POST', '/api/things', { status, headers: { location: `${elsewhere.url}/steal` } });
			elsewhere.on('POST', '/steal', { body: { stolen: true } });
			elsewhere.on('GET', '/steal', { body: { stolen: true } });
			const result = await run('POST', '/things', { name: 'x' });
			expect(elsewhere.requests).toHaveLength(0);
			expect(result.error?.message).toBe(
				`TestProvider redirected to another server (${elsewhere.url}); refusing to send the credential there`,
			);
			expect(result.error?.context?.itemIndex).toBe(0);
			// The run stopped at the first item: the second was never sent.
			expect(api.requests).toHaveLength(1);
		},
	);

	it('a redirect to another host name of the same machine is another origin', async () => {
		const port = new URL(api.url).port;
		api.on('GET', '/api/things', {
			status: 302,
			headers: { location: `http://localhost:${port}/api/other` },
		});
		api.on('GET', '/api/other', { body: { ok: true } });
		const result = await run('GET', '/things');
		expect(result.error?.message).toMatch(
			/redirected to another server \(http:\/\/localhost:\d+\)/,
		);
		expect(api.received('GET', '/api/other')).toHaveLength(0);
	});

	it('follows a same-origin redirect with the credential, keeping method and body on 307', async () => {
		api.on('POST', '/api/things', { status: 307, headers: { location: '/api/v2/things' } });
		api.on('POST', '/api/v2/things', (req) => ({ status: 201, body: { id: 'n', got: req.json } }));
		const result = await run('POST', '/things', { name: 'x' });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: 'n', got: { name: 'x' } },
			{ id: 'n', got: { name: 'x' } },
		]);
		const moved = api.received('POST', '/api/v2/things');
		expect(moved).toHaveLength(2);
		expect(moved[0].headers.authorization).toBe('Bearer secret-token');
	});

	it('follows a same-origin 303 as a GET without the body', async () => {
		api.on('POST', '/api/things', {
			status: 303,
			headers: { location: `${api.url}/api/things/1?x=1` },
		});
		api.on('GET', '/api/things/1', { body: { id: 1 } });
		const result = await run('POST', '/things', { name: 'x' });
		expect(result.items[0].json).toEqual({ id: 1 });
		const followed = api.received('GET', '/api/things/1');
		expect(followed[0].body).toBe('');
		expect(followed[0].query).toEqual({ x: '1' });
	});

	it('stops a redirect loop on the same origin after a few hops', async () => {
		api.on('GET', '/api/a', { status: 302, headers: { location: '/api/b' } });
		api.on('GET', '/api/b', { status: 302, headers: { location: '/api/a' } });
		const result = await run('GET', '/a');
		expect(result.error?.message).toBe('TestProvider redirected more than 5 times; stopped');
		expect(api.requests).toHaveLength(6);
	});

	it('a redirect without a Location is a provider error', async () => {
		api.on('GET', '/api/a', { status: 302, body: { message: 'moved' } });
		const result = await run('GET', '/a');
		expect(result.error?.message).toBe('TestProvider returned 302: moved');
	});
});
