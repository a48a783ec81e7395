import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { callIdField } from '../../fields';
import { callParticipants } from './helpers';

const callId = callIdField('The call whose participants to list');

export const getParticipants: Operation = {
	name: 'Get Participants',
	action: 'Get the participants of a call',
	description: 'List everyone who is or was in a call, with their join and leave events',
	properties: [callId],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-participantes-chamada */
	async execute(this: IExecuteFunctions, i: number) {
		return await callParticipants(this, i, requiredId(this, i, callId));
	},
};
