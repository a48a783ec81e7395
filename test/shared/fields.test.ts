import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import {
	collectionField,
	fixedCollectionEntries,
	readCollection,
	readField,
	setValues,
	withSchema,
} from '../../nodes/shared/fields';
import { oneOf } from '../../nodes/shared/validation';
import { runNode } from '../kit/harness';
import { nodeDoing, testCredentials } from './fixtures';

// Issue 13: a property carries its own check, so every error is labelled from the property.
const roomName = withSchema(
	{ displayName: 'Room Name', name: 'roomName', type: 'string', default: '' },
	z.string().trim().min(3, 'must have at least 3 characters'),
);
const mood = withSchema(
	{
		displayName: 'Mood',
		name: 'mood',
		type: 'options',
		options: [
			{ name: 'Calm', value: 'calm' },
			{ name: 'Loud', value: 'loud' },
		],
		default: 'calm',
	},
	oneOf(['calm', 'loud']),
);
const seats = withSchema(
	{ displayName: 'Seats', name: 'seats', type: 'number', default: 2 },
	z.number().int().max(10, 'must be at most 10'),
);
// A schema made per run from its context: here, a text tagged with the workflow's timezone.
const zoned = withSchema(
	{ displayName: 'Zoned', name: 'zoned', type: 'string', default: '' },
	(ctx) => z.string().transform((v) => `${v}@${ctx.getTimezone()}`),
);
const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	default: {},
	options: [mood, seats, zoned, { displayName: 'Note', name: 'note', type: 'string', default: '' }],
};

async function run(
	parameters: IDataObject,
	items: IDataObject[],
	read: 'field' | 'collection' | 'update',
	timezone?: string,
) {
	return await runNode(
		nodeDoing(
			async function (i) {
				if (read === 'field') return { roomName: readField(this, i, roomName) };
				return readCollection(this, i, updateFields, { requireOne: read === 'update' });
			},
			[roomName, updateFields],
		),
		{
			credentials: testCredentials('http://127.0.0.1:9'),
			parameters: { resource: 'thing', operation: 'run', ...parameters },
			items,
			timezone,
		},
	);
}

describe('fields that carry their own schema', () => {
	it('reads a field through its schema, item by item, and names the label and item on failure', async () => {
		const ok = await run(
			{ roomName: '={{ $json.name }}' },
			[{ name: ' abc ' }, { name: 'defg' }],
			'field',
		);
		expect(ok.items.map((item) => item.json)).toEqual([{ roomName: 'abc' }, { roomName: 'defg' }]);
		const bad = await run(
			{ roomName: '={{ $json.name }}' },
			[{ name: 'abc' }, { name: 'x' }],
			'field',
		);
		expect(bad.error?.message).toBe(
			'Invalid "Room Name" (roomName) in item 1: must have at least 3 characters',
		);
		expect(bad.error?.context?.itemIndex).toBe(1);
	});

	it('reads only the set fields of a collection, in name order, each through its schema', async () => {
		const { items, error } = await run(
			{ updateFields: { seats: '={{ $json.seats }}', note: '', mood: 'LOUD' } },
			[{ seats: '4' }],
			'collection',
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ mood: 'loud', seats: 4 });
		expect(Object.keys(items[0].json)).toEqual(['mood', 'seats']);
	});

	it('names a collection field by its label and full path', async () => {
		const { error } = await run({ updateFields: { seats: 11 } }, [{}], 'collection');
		expect(error?.message).toBe(
			'Invalid "Seats" (updateFields.seats) in item 0: must be at most 10',
		);
	});

	it('makes a schema given as a function from the context of the run', async () => {
		const { items } = await run(
			{ updateFields: { zoned: 'noon' } },
			[{}],
			'collection',
			'Europe/Lisbon',
		);
		expect(items[0].json).toEqual({ zoned: 'noon@Europe/Lisbon' });
	});

	it('names a collection field by its full path for checks across fields too', () => {
		expect(collectionField(updateFields, seats)).toEqual({
			name: 'updateFields.seats',
			displayName: 'Seats',
		});
	});

	it('never passes on an option the collection does not describe', async () => {
		const { items, error } = await run({ updateFields: { color: 'red' } }, [{}], 'collection');
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({});
	});

	it('says "nothing to update" one way when an update has no field', async () => {
		const { error } = await run({ updateFields: { note: '' } }, [{}], 'update');
		expect(error?.message).toBe(
			'Nothing to update in item 0: add at least one field under "Update Fields"',
		);
		const { items } = await run({ updateFields: {} }, [{}], 'collection');
		expect(items[0].json).toEqual({});
	});

	it('keeps only the set values of a body', () => {
		expect(
			setValues({ a: 1, b: undefined, c: null, d: '', e: [], f: false, g: 0, h: [1] }),
		).toEqual({ a: 1, f: false, g: 0, h: [1] });
	});
});

// A fixed collection with multiple values: its entries, each checked by one schema.
const guests = withSchema(
	{
		displayName: 'Guests',
		name: 'guests',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Guest',
				name: 'guest',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Seats', name: 'seats', type: 'number', default: 1 },
				],
			},
		],
	},
	fixedCollectionEntries(
		'guest',
		z.object({ name: z.string().trim().min(1, 'must not be empty'), seats: z.number().int() }),
	),
);

async function readGuests(parameters: IDataObject) {
	return await runNode(
		nodeDoing(
			async function (i) {
				return { guests: readField(this, i, guests) };
			},
			[guests],
		),
		{
			credentials: testCredentials('http://127.0.0.1:9'),
			parameters: { resource: 'thing', operation: 'run', ...parameters },
			items: [{}],
		},
	);
}

describe('the entries of a fixed collection', () => {
	it('reads each entry through the schema, in the order given', async () => {
		const { items, error } = await readGuests({
			guests: { guest: [{ name: ' Ana ', seats: 2 }, { name: 'Rui' }] },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.guests).toEqual([
			{ name: 'Ana', seats: 2 },
			{ name: 'Rui', seats: 1 },
		]);
	});

	it('reads a collection without entries as an empty list', async () => {
		const { items } = await readGuests({ guests: {} });
		expect(items[0].json.guests).toEqual([]);
	});

	it('names the collection, the entry and its field when an entry is refused', async () => {
		const { error } = await readGuests({
			guests: { guest: [{ name: 'Ana' }, { name: ' ' }] },
		});
		expect(error?.message).toBe('Invalid "Guests" (guests) in item 0: 1.name: must not be empty');
	});

	it('refuses a value that is no collection', async () => {
		const entries = fixedCollectionEntries('guest', z.object({ name: z.string() }));
		expect(entries.safeParse(undefined)).toEqual({ success: true, data: [] });
		expect(entries.safeParse('Ana').error?.issues[0].message).toBe(
			'must be a list of guest entries',
		);
	});
});
