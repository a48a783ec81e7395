import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { whereby } from '../../transport';
import { recordingKind } from '../recording/fields';

export const create: Operation = {
	name: 'Create',
	action: 'Transcribe a recording',
	description:
		'Start a transcription of a cloud recording; the Transcription Finished trigger event tells when it is ready',
	properties: [{ ...recordingKind.locator, description: 'The recording to transcribe' }],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
	async execute(this: IExecuteFunctions, i: number) {
		const recordingId = readField<string>(this, i, recordingKind.locator);
		return await whereby.request(this, i, {
			method: 'POST',
			path: '/transcriptions',
			body: { recordingId },
			subject: `recording "${recordingId}"`,
		});
	},
};
