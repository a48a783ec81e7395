import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { conferenceSidField, recordingSidField } from '../../fields';
import { accountSid, twilio } from '../../transport';
import { recordingIds } from './shared';

export const deleteRecording: Operation = {
	name: 'Delete',
	action: 'Delete a conference recording',
	description: 'Delete a recording of a conference for good',
	properties: [conferenceSidField, recordingSidField],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource#delete-a-conferencerecording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, recording } = recordingIds(this, i);
		const account = await accountSid(this, i);
		await twilio.request(this, i, {
			method: 'DELETE',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Recordings/${recording}.json`,
			subject: `recording "${recording}" of conference "${conference}"`,
		});
		return { deleted: true, recordingSid: recording };
	},
};
