import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { roomIdField } from '../../fields';
import { getRoom } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a room',
	description: 'Get a room by its ID',
	properties: [roomIdField],
	/** https://docs.pagecall.com/references/endpoints/Get_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		return await getRoom(this, i, roomId);
	},
};
