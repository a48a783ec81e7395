import type { ILoadOptionsFunctions, INodeType } from 'n8n-workflow';

import { callListSearch } from './harness';

describe('test kit: callListSearch', () => {
	it('runs a listSearch method in a real LoadOptionsContext with the node and arguments', async () => {
		const seen: unknown[] = [];
		const nodeType = {
			description: {
				name: 'kitProbe',
				version: 1,
				properties: [],
				inputs: [],
				outputs: [],
				defaults: {},
				group: [],
				displayName: 'Kit',
				description: '',
			},
			methods: {
				listSearch: {
					async probe(this: ILoadOptionsFunctions, filter?: string, token?: string) {
						seen.push(this.getNode().type, filter, token, this.getTimezone());
						return { results: [{ name: 'one', value: '1' }], paginationToken: 'next' };
					},
				},
			},
		} as unknown as INodeType;
		const result = await callListSearch(
			nodeType,
			{ parameters: {}, timezone: 'Europe/Lisbon' },
			'probe',
			'abc',
			't1',
		);
		expect(result).toEqual({ results: [{ name: 'one', value: '1' }], paginationToken: 'next' });
		expect(seen).toEqual(['CUSTOM.kitProbe', 'abc', 't1', 'Europe/Lisbon']);
		await expect(callListSearch(nodeType, { parameters: {} }, 'missing')).rejects.toThrow(
			'no listSearch method missing',
		);
	});
});
