import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { webhookSecret, withoutSecret } from '../../secret';
import { pagecall, unwrap } from '../../transport';
import { ROOM_ID, roomIdField } from '../fields';

export const terminate: Operation = {
	name: 'Terminate',
	action: 'Terminate a room',
	description: 'Close a room so that no one can join it any more; its replay stays available',
	properties: [roomIdField],
	/** https://docs.pagecall.com/references/endpoints/Update_Room (is_terminated: true) */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, ROOM_ID);
		const answer = await pagecall.request(this, i, {
			method: 'PUT',
			path: apiPath`/rooms/${roomId}`,
			body: { is_terminated: true },
			subject: `room "${roomId}"`,
		});
		return withoutSecret(unwrap(answer, 'room'), await webhookSecret(this));
	},
};
