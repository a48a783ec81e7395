import type { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, returnAllLimit } from '../../../shared/descriptions';
import { collectionField, readCollection, readLimit, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { dateTime, invalidField, nonEmptyString } from '../../../shared/validation';
import { freeSortBy, roomName, roomNameStart } from '../../fields';
import { wherebyList } from '../../transport';

const inZone = (ctx: IExecuteFunctions) => dateTime(ctx.getTimezone());

const createdAtTo = withSchema(
	{
		displayName: 'Created Before',
		name: 'createdAtTo',
		type: 'dateTime',
		default: '',
		description: 'Only rooms created at or before this time',
	},
	inZone,
);

const filters = fieldsCollection('filters', [
	withSchema(
		{
			displayName: 'Created After',
			name: 'createdAtFrom',
			type: 'dateTime',
			default: '',
			description: 'Only rooms created at or after this time',
		},
		inZone,
	),
	createdAtTo,
	withSchema(
		{
			displayName: 'Room Name Contains',
			name: 'roomNameContains',
			type: 'string',
			default: '',
			placeholder: 'e.g. 793e9ec1',
		},
		nonEmptyString,
	),
	withSchema(
		{
			displayName: 'Room Name Is',
			name: 'roomNameExact',
			type: 'string',
			default: '',
			placeholder: 'e.g. /team-standup',
			description: 'The whole room name with its leading slash',
		},
		roomName,
	),
	withSchema(
		{
			displayName: 'Room Name Starts With',
			name: 'roomNameStartsWith',
			type: 'string',
			default: '',
			placeholder: 'e.g. /customer',
			description:
				'The beginning of the room name, e.g. a room name prefix; the leading slash is added when missing',
		},
		roomNameStart,
	),
	freeSortBy('e.g. totalSessions:desc'),
]);

/** Filters in Whereby's query syntax: `roomName[exact]`, `createdAt[from]`, … */
const QUERY_KEYS: Record<string, string> = {
	roomNameExact: 'roomName[exact]',
	roomNameStartsWith: 'roomName[startsWith]',
	roomNameContains: 'roomName[contains]',
	createdAtFrom: 'createdAt[from]',
	createdAtTo: 'createdAt[to]',
	sortBy: 'sortBy',
};

export const getRooms: Operation = {
	name: 'Get Rooms',
	action: 'Get usage of rooms',
	description: 'List rooms with their sessions, participant minutes and ratings',
	properties: [...returnAllLimit(), filters],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const f = readCollection(this, i, filters) as Record<string, unknown>;
		const from = f.createdAtFrom as DateTime | undefined;
		const to = f.createdAtTo as DateTime | undefined;
		if (from && to && from > to)
			throw invalidField(
				this,
				i,
				collectionField(filters, createdAtTo),
				'must not be before Created After',
			);
		const qs: IDataObject = {};
		for (const [key, query] of Object.entries(QUERY_KEYS)) {
			const value = f[key] as DateTime | string | undefined;
			if (value === undefined) continue;
			qs[query] = typeof value === 'string' ? value : value.toUTC().toISO();
		}
		return await wherebyList(this, i, '/insights/rooms', qs, readLimit(this, i));
	},
};
