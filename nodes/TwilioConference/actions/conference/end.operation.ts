import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { conferenceTarget } from './helpers';

export const end: Operation = {
	name: 'End',
	action: 'End a conference',
	description: 'End a conference and hang up every participant',
	properties: [conferenceSidField],
	/** https://www.twilio.com/docs/voice/api/conference-resource#update-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = conferenceTarget(this, i);
		return await conferenceRequest(this, i, 'POST', target, { status: 'completed' });
	},
};
