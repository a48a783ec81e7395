import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { videochamada } from '../../transport';

export const getDownloadUrl: Operation = {
	name: 'Get Download URL',
	action: 'Get the download URL of a recording file',
	description: 'Get a temporary signed URL to download one recording file',
	properties: [
		{
			displayName: 'File ID',
			name: 'fileId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. file_abc',
			description:
				'ID of one file of a recording, from "files" in the output of Recording → Get Many. Anyone who has the file ID can get its download URL, so treat it as a secret.',
		},
	],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/download-gravacoes */
	async execute(this: IExecuteFunctions, i: number) {
		const fileId = requiredId(this, i, { name: 'fileId', displayName: 'File ID' });
		// The docs name the path `/recordings/files/{fileId}/download-url` without a prefix; every
		// other documented path is under /api, so this one is taken to be too (see docs/videochamada.md).
		const body = await videochamada.request<unknown>(this, i, {
			method: 'GET',
			path: apiPath`/api/recordings/files/${fileId}/download-url`,
			subject: `recording file "${fileId}"`,
		});
		// The response fields are not documented; a bare URL string is kept as `downloadUrl`.
		return typeof body === 'string' ? { fileId, downloadUrl: body } : (body as IDataObject);
	},
};
