import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
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
		const recordingId = requiredId(this, i, recordingKind.id);
		return await whereby.request(this, i, {
			method: 'POST',
			path: '/transcriptions',
			body: { recordingId },
			subject: `recording "${recordingId}"`,
		});
	},
};
