import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { param } from '../../../shared/validation';
import { conferenceSidField } from '../../fields';
import { conferenceSid as conferenceSidSchema } from '../../schemas';
import { accountSid, twilio } from '../../transport';
import { CONFERENCE_FIELDS } from '../../simplify';

export const get: Operation = {
	name: 'Get',
	action: 'Get a conference',
	simplify: CONFERENCE_FIELDS,
	description: 'Get a conference by its SID',
	properties: [conferenceSidField],
	/** https://www.twilio.com/docs/voice/api/conference-resource#fetch-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const sid = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSidSchema,
		);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'GET',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${sid}.json`,
			subject: `conference "${sid}"`,
		});
	},
};
