import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, returnAllLimit } from '../../../shared/descriptions';
import { readCollection, readLimit, withSchema, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { requiredId } from '../../../shared/validation';
import { roomIdField, userId } from '../../fields';
import { pagecall, sessionPaging } from '../../transport';

const filters = fieldsCollection('filters', [
	{
		displayName: 'Is Connecting',
		name: 'isConnecting',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only sessions that are online now (on) or only ended ones (off)',
	},
	withSchema(
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			description: 'Only sessions of this user',
		},
		userId,
	),
]);

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many sessions of a room',
	description: 'List the connections of users to a room, past and current',
	properties: [roomIdField, ...returnAllLimit(), filters],
	/** https://docs.pagecall.com/references/endpoints/List_Room_Sessions */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		const { userId: user, isConnecting } = readCollection(this, i, filters);
		const request = {
			method: 'GET' as const,
			path: apiPath`/rooms/${roomId}/sessions`,
			qs: setValues({ user_id: user, is_connecting: isConnecting }),
			subject: `room "${roomId}"`,
		};
		return await collect(pagecall, this, i, request, sessionPaging, readLimit(this, i));
	},
};
