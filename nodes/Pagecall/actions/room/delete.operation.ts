import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { webhookSecret, withoutSecret } from '../../secret';
import { pagecall, unwrap } from '../../transport';
import { roomIdField } from '../../fields';

export const deleteRoom: Operation = {
	name: 'Delete',
	action: 'Delete a room',
	description: 'Delete a room',
	properties: [roomIdField],
	/** https://docs.pagecall.com/references/endpoints/Delete_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		const answer = await pagecall.request(this, i, {
			method: 'DELETE',
			path: apiPath`/rooms/${roomId}`,
			subject: `room "${roomId}"`,
		});
		const room = unwrap(answer, 'room');
		const result = { deleted: true, roomId };
		return Object.keys(room).length > 0
			? { ...result, room: withoutSecret(room, await webhookSecret(this)) }
			: result;
	},
};
