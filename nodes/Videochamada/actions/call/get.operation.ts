import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { videochamada } from '../../transport';
import { CALL_ID, callIdField } from './fields';

export const get: Operation = {
	name: 'Get',
	action: 'Get the live status of a call',
	description: 'Get whether a call is created, active or ended, with its participants and billable minutes',
	properties: [callIdField('The call, as returned by Create or Get Many')],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/obter-status-chamada */
	async execute(this: IExecuteFunctions, i: number) {
		const callId = requiredId(this, i, CALL_ID);
		return await videochamada.request(this, i, {
			method: 'GET',
			path: apiPath`/api/calls/${callId}/status`,
			subject: `call "${callId}"`,
		});
	},
};
