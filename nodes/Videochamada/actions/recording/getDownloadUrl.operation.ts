import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import {
	downloadProperties,
	maxFileSizeOption,
	readFileRequest,
	withFile,
} from '../../../shared/files';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { videochamada } from '../../transport';

/** Where the signed URL is in the answer, whose fields videochamada does not document. */
const URL_KEYS = ['downloadUrl', 'url', 'signedUrl', 'download_url'];

const fileIdField: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. file_abc',
	description:
		'ID of one file of a recording, from "files" in the output of Recording → Get Many. Anyone who has the file ID can get its download URL, so treat it as a secret.',
};

export const getDownloadUrl: Operation = {
	name: 'Get Download URL',
	action: 'Get the download URL of a recording file',
	description:
		'Get a temporary signed URL to download one recording file, and optionally the file itself',
	properties: [
		fileIdField,
		...downloadProperties('recording'),
		optionsCollection([maxFileSizeOption]),
	],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/download-gravacoes */
	async execute(this: IExecuteFunctions, i: number) {
		const fileId = requiredId(this, i, fileIdField);
		const file = readFileRequest(this, i);
		// The docs name the path `/recordings/files/{fileId}/download-url` without a prefix; every
		// other documented path is under /api, so this one is taken to be too (see docs/videochamada.md).
		const body = await videochamada.request<unknown>(this, i, {
			method: 'GET',
			path: apiPath`/api/recordings/files/${fileId}/download-url`,
			subject: `recording file "${fileId}"`,
		});
		// The response fields are not documented; a bare URL string is kept as `downloadUrl`.
		const record = typeof body === 'string' ? { fileId, downloadUrl: body } : (body as IDataObject);
		const url =
			URL_KEYS.map((key) => record[key]).find(
				(value): value is string => typeof value === 'string',
			) ?? '';
		return await withFile(this, i, record, { ...file, url, provider: 'videochamada.com.br' });
	},
};
