import type { IExecuteFunctions, INodeType } from 'n8n-workflow';

import { runNode } from '../kit/harness';

/** A node that reports the bytes of each item's binary field "data". */
const reader: INodeType = {
	description: {
		displayName: 'Binary Reader',
		name: 'binaryReader',
		group: ['transform'],
		version: 1,
		description: 'Reads binary data',
		defaults: { name: 'Binary Reader' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		const out = [];
		for (let i = 0; i < this.getInputData().length; i++) {
			const binary = this.getInputData()[i].binary?.data;
			const text = binary
				? (await this.helpers.getBinaryDataBuffer(i, 'data')).toString('utf8')
				: null;
			out.push({ json: { text, mimeType: binary?.mimeType ?? null }, pairedItem: { item: i } });
		}
		return [out];
	},
};

describe('runNode with binary input', () => {
	it('gives the items the binary data passed per index, readable through getBinaryDataBuffer', async () => {
		const result = await runNode(reader, {
			parameters: {},
			items: [{}, {}],
			binaries: [
				{
					data: {
						data: Buffer.from('hello').toString('base64'),
						mimeType: 'image/png',
						fileName: 'a.png',
					},
				},
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([
			{ text: 'hello', mimeType: 'image/png' },
			{ text: null, mimeType: null },
		]);
	});
});
