import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { webhookSecret, withoutSecret } from '../../secret';
import { pagecall, unwrap } from '../../transport';
import { ROOM_ID, roomIdField } from '../fields';

export const get: Operation = {
	name: 'Get',
	action: 'Get a room',
	description: 'Get a room by its ID',
	properties: [roomIdField],
	/** https://docs.pagecall.com/references/endpoints/Get_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, ROOM_ID);
		const answer = await pagecall.request(this, i, { method: 'GET', path: apiPath`/rooms/${roomId}`, subject: `room "${roomId}"` });
		return withoutSecret(unwrap(answer, 'room'), await webhookSecret(this));
	},
};
