import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllLimit } from '../../nodes/shared/descriptions';
import { readLimit } from '../../nodes/shared/fields';
import { runNode } from '../kit/harness';
import { nodeDoing, testCredentials } from './fixtures';

// Issue 11, classes 2 and 6: values from expressions are read strictly and checked against the
// properties' own options before anything is sent.
const properties: INodeProperties[] = [
	{ displayName: 'Is Locked', name: 'isLocked', type: 'boolean', default: false },
	{ displayName: 'Size', name: 'size', type: 'number', default: 1 },
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Group', value: 'group' },
			{ name: 'Normal', value: 'normal' },
		],
		default: 'normal',
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'multiOptions',
		options: [
			{ name: 'Host URL', value: 'hostRoomUrl' },
			{ name: 'Viewer URL', value: 'viewerRoomUrl' },
		],
		default: [],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		default: {},
		options: [
			{ displayName: 'Record', name: 'record', type: 'boolean', default: false },
			{
				displayName: 'Layout',
				name: 'layout',
				type: 'options',
				options: [
					{ name: 'Grid', value: 'grid' },
					{ name: 'Speaker', value: 'speaker' },
				],
				default: 'grid',
			},
		],
	},
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				name: 'header',
				displayName: 'Header',
				values: [{ displayName: 'Secret', name: 'secret', type: 'boolean', default: false }],
			},
		],
	},
	...returnAllLimit(),
];

async function read(parameters: IDataObject, items: IDataObject[] = [{}]) {
	return await runNode(
		nodeDoing(async function (i) {
			const get = (name: string) => this.getNodeParameter(name, i) as IDataObject[string];
			return {
				isLocked: get('isLocked'),
				size: get('size'),
				mode: get('mode'),
				fields: get('fields'),
				additionalFields: get('additionalFields'),
				headers: get('headers'),
				limit: readLimit(this, i) ?? 'all',
			};
		}, properties),
		{
			credentials: testCredentials('http://127.0.0.1:9'),
			parameters: { resource: 'thing', operation: 'run', ...parameters },
			items,
		},
	);
}

describe('parameters from expressions', () => {
	it('reads "false" as false and "TRUE" as true, numbers from text, and option values as given', async () => {
		const { items, error } = await read(
			{
				isLocked: '={{ $json.locked }}',
				size: '={{ $json.size }}',
				mode: '={{ $json.mode }}',
				fields: ['hostRoomUrl'],
				additionalFields: { record: '={{ $json.locked }}', layout: '={{ "speaker" }}' },
				headers: { header: [{ secret: '={{ "true" }}' }] },
				returnAll: '={{ $json.all }}',
				limit: '={{ "7" }}',
			},
			[
				{ locked: 'false', size: ' 12 ', mode: 'group', all: 'false' },
				{ locked: 'TRUE', size: '3', mode: 'NORMAL', all: 'true' },
			],
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				isLocked: false,
				size: 12,
				mode: 'group',
				fields: ['hostRoomUrl'],
				additionalFields: { record: false, layout: 'speaker' },
				headers: { header: [{ secret: true }] },
				limit: 7,
			},
			{
				isLocked: true,
				size: 3,
				mode: 'normal',
				fields: ['hostRoomUrl'],
				additionalFields: { record: true, layout: 'speaker' },
				headers: { header: [{ secret: true }] },
				limit: 'all',
			},
		]);
	});

	const v = '={{ $json.v }}';
	it.each([
		[
			{ isLocked: v },
			false,
			'no',
			'Invalid "Is Locked" (isLocked) in item 1: must be true or false',
		],
		[{ isLocked: v }, true, 1, 'Invalid "Is Locked" (isLocked) in item 1: must be true or false'],
		[{ size: v }, 2, 'ten', 'Invalid "Size" (size) in item 1: must be a number'],
		[
			{ mode: v },
			'Group',
			'groups',
			'Invalid "Mode" (mode) in item 1: must be one of group, normal (got "groups")',
		],
		[
			{ fields: v },
			['hostRoomUrl'],
			'hostRoomUrl',
			'Invalid "Fields" (fields) in item 1: must be a list',
		],
		[
			{ fields: v },
			[],
			['adminUrl'],
			'Invalid "Fields" (fields) in item 1: must be one of hostRoomUrl, viewerRoomUrl (got "adminUrl")',
		],
		[
			{ additionalFields: { layout: v } },
			'grid',
			'mosaic',
			'Invalid "Layout" (additionalFields.layout) in item 1: must be one of grid, speaker (got "mosaic")',
		],
		[
			{ additionalFields: { record: v } },
			'false',
			'yes',
			'Invalid "Record" (additionalFields.record) in item 1: must be true or false',
		],
		[
			{ headers: { header: [{ secret: v }] } },
			true,
			'maybe',
			'Invalid "Secret" (headers.header[0].secret) in item 1: must be true or false',
		],
		[
			{ returnAll: v },
			'true',
			'nope',
			'Invalid "Return All" (returnAll) in item 1: must be true or false',
		],
		[{ limit: v }, 5, 0, 'Invalid "Limit" (limit) in item 1: must be at least 1'],
	])(
		'%j: item 0 is read, item 1 fails naming the field and the item',
		async (parameters, good, bad, message) => {
			const { error } = await read(parameters, [{ v: good }, { v: bad }]);
			expect(error?.message).toBe(message);
			expect(error?.context?.itemIndex).toBe(1);
		},
	);
});
