import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { param } from '../../../shared/validation';
import { conferenceSidField } from '../../fields';
import { conferenceSid as conferenceSidSchema } from '../../schemas';
import { accountSid, twilio } from '../../transport';

export const end: Operation = {
	name: 'End',
	action: 'End a conference',
	description: 'End a conference and hang up every participant',
	properties: [conferenceSidField],
	/** https://www.twilio.com/docs/voice/api/conference-resource#update-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const sid = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSidSchema,
		);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'POST',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${sid}.json`,
			body: { Status: 'completed' },
			subject: `conference "${sid}"`,
		});
	},
};
