import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { check, nonEmptyString } from '../../../shared/validation';
import { whereby, wherebyPaging } from '../../transport';
import { rejected, sortByField, sortByValues } from '../common';

const sortBy = sortByField([
	['joinedAt', 'Joined At'],
	['leftAt', 'Left At'],
]);

export const getParticipants: Operation = {
	name: 'Get Participants',
	action: 'Get participants of a session',
	description: 'List who took part in a room session, or everyone who joined with an external ID',
	properties: [
		{
			displayName: 'Room Session ID',
			name: 'roomSessionId',
			type: 'string',
			default: '',
			description:
				'The session, from Get Room Sessions or a trigger event. Leave empty to search by External ID (a filter) instead.',
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
					displayName: 'External ID',
					name: 'externalId',
					type: 'string',
					default: '',
					description: 'The externalId URL parameter participants joined with',
				},
				sortBy,
			],
		},
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const session = this.getNodeParameter('roomSessionId', i, '') as unknown;
		const f = this.getNodeParameter('filters', i, {}) as IDataObject;
		const qs: IDataObject = {};
		if (session !== '' && session !== undefined) {
			qs.roomSessionId = check(
				this,
				i,
				{ name: 'roomSessionId', displayName: 'Room Session ID' },
				nonEmptyString,
				session,
			);
		}
		if (f.externalId !== undefined && f.externalId !== '') {
			qs.externalId = check(
				this,
				i,
				{ name: 'filters.externalId', displayName: 'External ID' },
				nonEmptyString,
				f.externalId,
			);
		}
		if (!qs.roomSessionId && !qs.externalId) {
			check(
				this,
				i,
				{ name: 'roomSessionId', displayName: 'Room Session ID' },
				rejected('set it, or the External ID filter'),
				session,
			);
		}
		if (f.sortBy !== undefined) {
			qs.sortBy = check(
				this,
				i,
				{ name: 'filters.sortBy', displayName: 'Sort By' },
				sortByValues(sortBy),
				f.sortBy,
			);
		}
		const request = { method: 'GET' as const, path: '/insights/participants', qs };
		return await collect(whereby, this, i, request, wherebyPaging, readLimit(this, i));
	},
};
