import type { IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { searchCalls } from '../../nodes/Videochamada/listSearch';

/** A load-options context whose HTTP layer answers from `pages` and records what was asked. */
function context(
	pages: Array<{
		data: Array<{ id: string; status: string; created: string }>;
		pagination?: object;
	}>,
) {
	const sent: IHttpRequestOptions[] = [];
	const ctx = {
		getTimezone: () => 'America/Sao_Paulo',
		getNode: () =>
			({
				name: 'Videochamada',
				type: 'videochamada',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			}) as unknown as INode,
		getCredentials: async () => ({ apiToken: 'tok', baseUrl: 'https://api.videochamada.com.br/' }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				sent.push(options);
				return { statusCode: 200, headers: {}, body: pages[Number(options.qs?.page) - 1] };
			},
		},
	} as unknown as ILoadOptionsFunctions;
	return { ctx, sent };
}

const calls = (ids: string[]) =>
	ids.map((id) => ({ id, status: 'ended', created: '2026-01-02T10:00:00Z' }));

describe('videochamada call list search', () => {
	it('lists the calls of the last 30 days, 100 a page, and offers the next page', async () => {
		const { ctx, sent } = context([
			{ data: calls(['call_1', 'call_2']), pagination: { totalPages: 2 } },
			{ data: calls(['call_3']), pagination: { totalPages: 2 } },
		]);
		const first = await searchCalls.call(ctx);
		expect(first).toEqual({
			results: [
				{ name: 'call_1 (ended, created 2026-01-02T10:00:00Z)', value: 'call_1' },
				{ name: 'call_2 (ended, created 2026-01-02T10:00:00Z)', value: 'call_2' },
			],
			paginationToken: '2',
		});
		const { startDate, endDate, page, limit } = sent[0].qs as Record<string, string | number>;
		expect(sent[0].url).toBe('https://api.videochamada.com.br/api/calls');
		expect([page, limit]).toEqual([1, 100]);
		expect((Date.parse(String(endDate)) - Date.parse(String(startDate))) / 86400_000).toBe(30);
		const second = await searchCalls.call(ctx, undefined, String(first.paginationToken));
		expect(second).toEqual({
			results: [{ name: 'call_3 (ended, created 2026-01-02T10:00:00Z)', value: 'call_3' }],
			paginationToken: undefined,
		});
	});

	it('filters by the typed text', async () => {
		const { ctx } = context([
			{ data: calls(['call_1', 'call_22']), pagination: { totalPages: 1 } },
		]);
		const found = await searchCalls.call(ctx, 'CALL_2');
		expect(found.results.map((r) => r.value)).toEqual(['call_22']);
	});
});
