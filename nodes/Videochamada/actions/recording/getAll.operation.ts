import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { requiredId } from '../../../shared/validation';
import { recordingPaging, videochamada } from '../../transport';
import { CALL_ID, callIdField } from '../call/fields';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many recordings of a call',
	description:
		'List the recordings of a call with their files (one file per participant when individual recording is on)',
	properties: [callIdField('The call whose recordings to list'), ...returnAllLimit()],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-gravacoes */
	async execute(this: IExecuteFunctions, i: number) {
		const callId = requiredId(this, i, CALL_ID);
		const request = {
			method: 'GET' as const,
			path: apiPath`/api/calls/${callId}/recordings`,
			subject: `call "${callId}"`,
		};
		return await collect(videochamada, this, i, request, recordingPaging, readLimit(this, i));
	},
};
