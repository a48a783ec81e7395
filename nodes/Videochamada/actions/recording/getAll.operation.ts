import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { requiredId } from '../../../shared/validation';
import { recordingPaging, videochamada } from '../../transport';
import { callIdField } from '../../fields';

const callId = callIdField('The call whose recordings to list');

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many recordings of a call',
	description:
		'List the recordings of a call with their files (one file per participant when individual recording is on)',
	properties: [callId, ...returnAllLimit()],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-gravacoes */
	async execute(this: IExecuteFunctions, i: number) {
		const id = requiredId(this, i, callId);
		const request = {
			method: 'GET' as const,
			path: apiPath`/api/calls/${id}/recordings`,
			subject: `call "${id}"`,
		};
		return await collect(videochamada, this, i, request, recordingPaging, readLimit(this, i));
	},
};
