import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { strictBoolean, check, nonEmptyString, requiredId } from '../../../shared/validation';
import { ROOM_ID, roomIdField } from '../fields';
import { roomRequest } from './helpers';

export const update: Operation = {
	name: 'Update',
	action: 'Update a room',
	description: 'Rename a room, or terminate or reopen it',
	properties: [
		roomIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Is Terminated',
					name: 'isTerminated',
					type: 'boolean',
					default: true,
					description: 'Whether the room is terminated (closed for meetings)',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New human-readable name of the room',
				},
			],
		},
	],
	/** https://docs.pagecall.com/references/endpoints/Update_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, ROOM_ID);
		const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
		const body: IDataObject = {};
		if (fields.name !== undefined)
			body.name = check(
				this,
				i,
				{ name: 'updateFields.name', displayName: 'Name' },
				nonEmptyString,
				fields.name,
			);
		if (fields.isTerminated !== undefined) {
			body.is_terminated = check(
				this,
				i,
				{ name: 'updateFields.isTerminated', displayName: 'Is Terminated' },
				strictBoolean,
				fields.isTerminated,
			);
		}
		check(
			this,
			i,
			{ name: 'updateFields', displayName: 'Update Fields' },
			z
				.object({})
				.passthrough()
				.refine((b) => Object.keys(b).length > 0, 'add at least one field to update'),
			body,
		);
		return await roomRequest(this, i, {
			method: 'PUT',
			path: apiPath`/rooms/${roomId}`,
			body,
			subject: `room "${roomId}"`,
		});
	},
};
