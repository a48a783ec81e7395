import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { conferenceSidField, recordingSidField } from '../../fields';
import { accountSid, twilio } from '../../transport';
import { recordingIds } from './shared';
import { RECORDING_FIELDS } from '../../simplify';

export const get: Operation = {
	name: 'Get',
	action: 'Get a conference recording',
	simplify: RECORDING_FIELDS,
	description: 'Get a recording of a conference',
	properties: [conferenceSidField, recordingSidField],
	/** https://www.twilio.com/docs/voice/api/recording#fetch-a-recording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, recording } = recordingIds(this, i);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'GET',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Recordings/${recording}.json`,
			subject: `recording "${recording}" of conference "${conference}"`,
		});
	},
};
