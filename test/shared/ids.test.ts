import { apiPath } from '../../nodes/shared/transport/client';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { PROVIDERS } from './providers';

// Issue 11, class 4: ids cannot address other endpoints.
const server = mockServer();

describe('path ids', () => {
	it.each(['', '.', '..', ' .. ', '   '])('apiPath refuses %j as a segment', (id) => {
		expect(() => apiPath`/rooms/${id}`).toThrow(
			'An ID in the request path is empty, "." or ".."; nothing was sent',
		);
	});

	it('apiPath encodes ids containing dots and slashes into one segment', () => {
		expect(apiPath`/rooms/${'../admin'}/x/${'a.b'}`).toBe('/rooms/..%2Fadmin/x/a.b');
	});

	describe.each(PROVIDERS)('$name', (provider) => {
		it.each(['.', '..', ' ..', '  '])(
			'rejects the id %j from an expression before any request, naming the field and item',
			async (bad) => {
				const result = await runNode(provider.node, {
					credentials: provider.credentials(server.url),
					parameters: provider.byId.parameters('={{ $json.id }}'),
					items: [{ id: bad }],
				});
				expect(server.requests).toHaveLength(0);
				expect(result.error?.message).toMatch(
					new RegExp(`^Invalid "${provider.byId.field}" \\(\\w+\\) in item 0: `),
				);
				expect(result.error?.context?.itemIndex).toBe(0);
			},
		);
	});
});
