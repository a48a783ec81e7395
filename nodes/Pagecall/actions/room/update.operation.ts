import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { readCollection, withSchema, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { nonEmptyString, requiredId } from '../../../shared/validation';
import { roomIdField } from '../../fields';
import { roomRequest } from './helpers';

const updateFields = fieldsCollection('updateFields', [
	{
		displayName: 'Is Terminated',
		name: 'isTerminated',
		type: 'boolean',
		default: true,
		description: 'Whether the room is terminated (closed for meetings)',
	},
	withSchema(
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'New human-readable name of the room',
		},
		nonEmptyString,
	),
]);

export const update: Operation = {
	name: 'Update',
	action: 'Update a room',
	description: 'Rename a room, or terminate or reopen it',
	properties: [roomIdField, updateFields],
	/** https://docs.pagecall.com/references/endpoints/Update_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		const fields = readCollection(this, i, updateFields, { requireOne: true });
		return await roomRequest(this, i, {
			method: 'PUT',
			path: apiPath`/rooms/${roomId}`,
			body: setValues({ name: fields.name, is_terminated: fields.isTerminated }),
			subject: `room "${roomId}"`,
		});
	},
};
