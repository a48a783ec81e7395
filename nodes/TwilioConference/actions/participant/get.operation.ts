import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { callSidField, conferenceSidField } from '../../fields';
import { accountSid, twilio } from '../../transport';
import { participantIds } from './shared';
import { PARTICIPANT_FIELDS } from '../../simplify';

export const get: Operation = {
	name: 'Get',
	action: 'Get a participant',
	simplify: PARTICIPANT_FIELDS,
	description: 'Get a participant who is in a conference now',
	properties: [conferenceSidField, callSidField],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#fetch-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, call } = participantIds(this, i);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'GET',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants/${call}.json`,
			subject: `participant "${call}" in conference "${conference}"`,
		});
	},
};
