import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { check, nonEmptyString, param } from '../../../shared/validation';
import { whereby, wherebyPaging } from '../../transport';
import { freeSortBy, freeSortByValue, roomName, roomNameDescription } from '../common';

export const getRoomSessions: Operation = {
	name: 'Get Room Sessions',
	action: 'Get sessions of a room',
	description: 'List the sessions of a room with participant minutes and ratings',
	properties: [
		{
			displayName: 'Room Name',
			name: 'roomName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. /team-standup',
			description: roomNameDescription,
		},
		...returnAllLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Room Session ID',
					name: 'roomSessionId',
					type: 'string',
					default: '',
					description: 'Only this session, e.g. from a trigger event',
				},
				{ ...freeSortBy, placeholder: 'e.g. totalUniqueParticipants:desc' },
			],
		},
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const qs: IDataObject = {
			roomName: param(this, i, { name: 'roomName', displayName: 'Room Name' }, roomName),
		};
		const f = this.getNodeParameter('filters', i, {}) as IDataObject;
		if (f.roomSessionId !== undefined && f.roomSessionId !== '') {
			qs.roomSessionId = check(
				this,
				i,
				{ name: 'filters.roomSessionId', displayName: 'Room Session ID' },
				nonEmptyString,
				f.roomSessionId,
			);
		}
		if (f.sortBy !== undefined && f.sortBy !== '') {
			qs.sortBy = check(
				this,
				i,
				{ name: 'filters.sortBy', displayName: 'Sort By' },
				freeSortByValue,
				f.sortBy,
			);
		}
		const request = { method: 'GET' as const, path: '/insights/room-sessions', qs };
		return await collect(whereby, this, i, request, wherebyPaging, readLimit(this, i));
	},
};
