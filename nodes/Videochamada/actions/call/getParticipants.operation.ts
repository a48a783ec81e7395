import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { videochamada } from '../../transport';
import { CALL_ID, callIdField } from './fields';

export const getParticipants: Operation = {
	name: 'Get Participants',
	action: 'Get the participants of a call',
	description: 'List everyone who is or was in a call, with their join and leave events',
	properties: [callIdField('The call whose participants to list')],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-participantes-chamada */
	async execute(this: IExecuteFunctions, i: number) {
		const callId = requiredId(this, i, CALL_ID);
		const body = await videochamada.request<unknown>(this, i, {
			method: 'GET',
			path: apiPath`/api/calls/${callId}/participants`,
			subject: `call "${callId}"`,
		});
		// Documented as a bare array; a `{ data: [...] }` envelope is read the same way.
		if (Array.isArray(body)) return body as IDataObject[];
		const data = (body as IDataObject | null)?.data;
		return Array.isArray(data) ? (data as IDataObject[]) : [];
	},
};
