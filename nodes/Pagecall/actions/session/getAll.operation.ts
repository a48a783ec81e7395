import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { strictBoolean, check, requiredId } from '../../../shared/validation';
import { pagecall, sessionPaging } from '../../transport';
import { ROOM_ID, roomIdField, userId } from '../fields';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many sessions of a room',
	description: 'List the connections of users to a room, past and current',
	properties: [
		roomIdField,
		...returnAllLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Is Connecting',
					name: 'isConnecting',
					type: 'boolean',
					default: true,
					description:
						'Whether to return only sessions that are online now (on) or only ended ones (off)',
				},
				{
					displayName: 'User ID',
					name: 'userId',
					type: 'string',
					default: '',
					description: 'Only sessions of this user',
				},
			],
		},
	],
	/** https://docs.pagecall.com/references/endpoints/List_Room_Sessions */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, ROOM_ID);
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.userId !== undefined && filters.userId !== '') {
			qs.user_id = check(
				this,
				i,
				{ name: 'filters.userId', displayName: 'User ID' },
				userId,
				filters.userId,
			);
		}
		if (filters.isConnecting !== undefined) {
			qs.is_connecting = check(
				this,
				i,
				{ name: 'filters.isConnecting', displayName: 'Is Connecting' },
				strictBoolean,
				filters.isConnecting,
			);
		}
		const request = {
			method: 'GET' as const,
			path: apiPath`/rooms/${roomId}/sessions`,
			qs,
			subject: `room "${roomId}"`,
		};
		return await collect(pagecall, this, i, request, sessionPaging, readLimit(this, i));
	},
};
