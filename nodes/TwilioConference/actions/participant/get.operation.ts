import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { callSidField, PARTICIPANT_FIELDS } from './fields';
import { participantTarget } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a participant',
	simplify: PARTICIPANT_FIELDS,
	description: 'Get a participant who is in a conference now',
	properties: [conferenceSidField, callSidField],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#fetch-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		return await conferenceRequest(this, i, 'GET', participantTarget(this, i));
	},
};
