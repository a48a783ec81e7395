import type { IExecuteFunctions } from 'n8n-workflow';

import { readCollection, readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { conferenceRequest } from '../../transport';
import { additionalFields, conferenceSidOrNameField, fromField, toField } from './create.fields';
import { PARTICIPANT_FIELDS } from './fields';
import { checkCoaching } from './helpers';

export const create: Operation = {
	name: 'Create',
	action: 'Add a participant to a conference',
	simplify: PARTICIPANT_FIELDS,
	description: 'Call a phone number, client or SIP address and put the call into a conference',
	properties: [conferenceSidOrNameField, fromField, toField, additionalFields],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#create-a-participant-agent-conference-only */
	async execute(this: IExecuteFunctions, i: number) {
		const conference = readField(this, i, conferenceSidOrNameField);
		const from = readField(this, i, fromField);
		const to = readField(this, i, toField);
		const fields = readCollection(this, i, additionalFields);
		checkCoaching(this, i, additionalFields, fields);
		return await conferenceRequest(
			this,
			i,
			'POST',
			{ parts: [conference, 'Participants'], subject: `conference "${conference}"` },
			{ from, to, ...fields },
		);
	},
};
