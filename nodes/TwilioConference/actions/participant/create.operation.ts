import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { param } from '../../../shared/validation';
import { conferenceSidOrNameField } from '../../fields';
import { readCollection } from '../../params';
import { callAddress, conferenceSidOrName } from '../../schemas';
import { accountSid, twilio } from '../../transport';
import { participantCreateFields, participantCreateSpecs } from './create.fields';
import { checkCoaching } from './shared';
import { PARTICIPANT_FIELDS } from '../../simplify';

const address = (
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	placeholder,
	description,
});

export const create: Operation = {
	name: 'Create',
	action: 'Add a participant to a conference',
	simplify: PARTICIPANT_FIELDS,
	description: 'Call a phone number, client or SIP address and put the call into a conference',
	properties: [
		conferenceSidOrNameField,
		address(
			'From',
			'from',
			'e.g. +14155550100',
			'The caller: a Twilio phone number of the account in E.164, or client:identity when To is a client',
		),
		address(
			'To',
			'to',
			'e.g. +14155550199',
			'Who to call: a phone number in E.164, client:identity or sip:user@host',
		),
		participantCreateFields,
	],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#create-a-participant-agent-conference-only */
	async execute(this: IExecuteFunctions, i: number) {
		const conference = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSidOrName,
		);
		const from = param(this, i, { name: 'from', displayName: 'From' }, callAddress);
		const to = param(this, i, { name: 'to', displayName: 'To' }, callAddress);
		const body = {
			From: from,
			To: to,
			...readCollection(this, i, 'additionalFields', participantCreateSpecs),
		};
		checkCoaching(this, i, body);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'POST',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants.json`,
			body,
			subject: `conference "${conference}"`,
		});
	},
};
