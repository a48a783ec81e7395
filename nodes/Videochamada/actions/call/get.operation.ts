import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { CALL_ID, callIdField } from './fields';
import { callStatus } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get the live status of a call',
	description: 'Get whether a call is created, active or ended, with its participants and billable minutes',
	properties: [callIdField('The call, as returned by Create or Get Many')],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/obter-status-chamada */
	async execute(this: IExecuteFunctions, i: number) {
		const callId = requiredId(this, i, CALL_ID);
		return await callStatus(this, i, callId);
	},
};
