import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { recordingSidField } from './fields';
import { recordingTarget } from './helpers';

export const deleteRecording: Operation = {
	name: 'Delete',
	action: 'Delete a conference recording',
	description: 'Delete a recording of a conference for good',
	properties: [conferenceSidField, recordingSidField],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource#delete-a-conferencerecording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = recordingTarget(this, i);
		await conferenceRequest(this, i, 'DELETE', target);
		return { deleted: true, recordingSid: target.recordingSid };
	},
};
