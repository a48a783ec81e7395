import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, returnAllLimit } from '../../../shared/descriptions';
import { readCollection, readField, readLimit, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { nonEmptyString } from '../../../shared/validation';
import { freeSortBy, roomNameField } from '../../fields';
import { wherebyList } from '../../transport';

const filters = fieldsCollection('filters', [
	withSchema(
		{
			displayName: 'Room Session ID',
			name: 'roomSessionId',
			type: 'string',
			default: '',
			description: 'Only this session, e.g. from a trigger event',
		},
		nonEmptyString,
	),
	freeSortBy('e.g. totalUniqueParticipants:desc'),
]);

export const getRoomSessions: Operation = {
	name: 'Get Room Sessions',
	action: 'Get sessions of a room',
	description: 'List the sessions of a room with participant minutes and ratings',
	properties: [roomNameField, ...returnAllLimit(), filters],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const qs = {
			roomName: readField<string>(this, i, roomNameField),
			...readCollection(this, i, filters),
		};
		return await wherebyList(this, i, '/insights/room-sessions', qs, readLimit(this, i));
	},
};
