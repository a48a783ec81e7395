import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { CONFERENCE_FIELDS } from './fields';
import { conferenceTarget } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a conference',
	simplify: CONFERENCE_FIELDS,
	description: 'Get a conference by its SID',
	properties: [conferenceSidField],
	/** https://www.twilio.com/docs/voice/api/conference-resource#fetch-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		return await conferenceRequest(this, i, 'GET', conferenceTarget(this, i));
	},
};
