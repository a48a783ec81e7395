import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import type { Field } from '../../../shared/validation';
import { check, dateTime, nonEmptyString } from '../../../shared/validation';
import { whereby, wherebyPaging } from '../../transport';
import { freeSortBy, freeSortByValue, rejected, roomName, roomNameStart } from '../common';

const filter = (name: string, displayName: string): Field => ({
	name: `filters.${name}`,
	displayName,
});

export const getRooms: Operation = {
	name: 'Get Rooms',
	action: 'Get usage of rooms',
	description: 'List rooms with their sessions, participant minutes and ratings',
	properties: [
		...returnAllLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Created After',
					name: 'createdAtFrom',
					type: 'dateTime',
					default: '',
					description: 'Only rooms created at or after this time',
				},
				{
					displayName: 'Created Before',
					name: 'createdAtTo',
					type: 'dateTime',
					default: '',
					description: 'Only rooms created at or before this time',
				},
				{
					displayName: 'Room Name Contains',
					name: 'roomNameContains',
					type: 'string',
					default: '',
					placeholder: 'e.g. 793e9ec1',
				},
				{
					displayName: 'Room Name Is',
					name: 'roomNameExact',
					type: 'string',
					default: '',
					placeholder: 'e.g. /team-standup',
					description: 'The whole room name with its leading slash',
				},
				{
					displayName: 'Room Name Starts With',
					name: 'roomNameStartsWith',
					type: 'string',
					default: '',
					placeholder: 'e.g. /customer',
					description:
						'The beginning of the room name, e.g. a room name prefix; the leading slash is added when missing',
				},
				{ ...freeSortBy, placeholder: 'e.g. totalSessions:desc' },
			],
		},
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const f = this.getNodeParameter('filters', i, {}) as IDataObject;
		const given = (key: string) => f[key] !== undefined && f[key] !== '';
		const qs: IDataObject = {};
		if (given('roomNameExact'))
			qs['roomName[exact]'] = check(
				this,
				i,
				filter('roomNameExact', 'Room Name Is'),
				roomName,
				f.roomNameExact,
			);
		if (given('roomNameStartsWith')) {
			qs['roomName[startsWith]'] = check(
				this,
				i,
				filter('roomNameStartsWith', 'Room Name Starts With'),
				roomNameStart,
				f.roomNameStartsWith,
			);
		}
		if (given('roomNameContains')) {
			qs['roomName[contains]'] = check(
				this,
				i,
				filter('roomNameContains', 'Room Name Contains'),
				nonEmptyString,
				f.roomNameContains,
			);
		}
		const zone = this.getTimezone();
		const from = given('createdAtFrom')
			? check(this, i, filter('createdAtFrom', 'Created After'), dateTime(zone), f.createdAtFrom)
			: undefined;
		const to = given('createdAtTo')
			? check(this, i, filter('createdAtTo', 'Created Before'), dateTime(zone), f.createdAtTo)
			: undefined;
		if (from && to && from > to) {
			check(
				this,
				i,
				filter('createdAtTo', 'Created Before'),
				rejected('must not be before Created After'),
				to,
			);
		}
		if (from) qs['createdAt[from]'] = from.toUTC().toISO();
		if (to) qs['createdAt[to]'] = to.toUTC().toISO();
		if (given('sortBy'))
			qs.sortBy = check(this, i, filter('sortBy', 'Sort By'), freeSortByValue, f.sortBy);
		return await collect(
			whereby,
			this,
			i,
			{ method: 'GET', path: '/insights/rooms', qs },
			wherebyPaging,
			readLimit(this, i),
		);
	},
};
