import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { roomIdField } from '../../fields';
import { terminateRoom } from './helpers';

export const terminate: Operation = {
	name: 'Terminate',
	action: 'Terminate a room',
	description: 'Close a room so that no one can join it any more; its replay stays available',
	properties: [roomIdField],
	/** https://docs.pagecall.com/references/endpoints/Update_Room (is_terminated: true) */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		return await terminateRoom(this, i, roomId);
	},
};
