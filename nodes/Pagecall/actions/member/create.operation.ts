import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { check, param, requiredId } from '../../../shared/validation';
import { pagecall, unwrap } from '../../transport';
import {
	memberType,
	memberTypeOptions,
	ROOM_ID,
	roomIdField,
	userId,
	userIdField,
} from '../fields';

export const create: Operation = {
	name: 'Create',
	action: 'Add a member to a room',
	description: 'Invite a user to a room; the answer identifies the member',
	properties: [
		roomIdField,
		userIdField('Your own ID of the user to invite (create it with User → Create)'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: memberTypeOptions,
					default: 'guest',
					description: 'Role of the member in the room (Pagecall default: Guest)',
				},
			],
		},
	],
	/** https://docs.pagecall.com/references/endpoints/Create_Member */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, ROOM_ID);
		const body: IDataObject = {
			user_id: param(this, i, { name: 'userId', displayName: 'User ID' }, userId),
		};
		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		if (fields.type !== undefined)
			body.type = check(
				this,
				i,
				{ name: 'additionalFields.type', displayName: 'Type' },
				memberType,
				fields.type,
			);
		const answer = await pagecall.request(this, i, {
			method: 'POST',
			path: apiPath`/rooms/${roomId}/members`,
			body,
			subject: `room "${roomId}"`,
		});
		return unwrap(answer, 'member');
	},
};
