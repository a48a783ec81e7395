import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { readCollection, readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { memberTypeField, roomIdField, userIdField } from '../../fields';
import { pagecall, unwrap } from '../../transport';

const userId = userIdField('Your own ID of the user to invite (create it with User → Create)');
const additionalFields = fieldsCollection('additionalFields', [
	memberTypeField('Type', 'type', 'Role of the member in the room (Pagecall default: Guest)'),
]);

export const create: Operation = {
	name: 'Create',
	action: 'Add a member to a room',
	description: 'Invite a user to a room; the answer identifies the member',
	properties: [roomIdField, userId, additionalFields],
	/** https://docs.pagecall.com/references/endpoints/Create_Member */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		const body = {
			user_id: readField(this, i, userId),
			...readCollection(this, i, additionalFields),
		};
		const answer = await pagecall.request(this, i, {
			method: 'POST',
			path: apiPath`/rooms/${roomId}/members`,
			body,
			subject: `room "${roomId}"`,
		});
		return unwrap(answer, 'member');
	},
};
