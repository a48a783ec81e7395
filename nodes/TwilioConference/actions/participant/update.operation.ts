import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { httpUrl, oneOf } from '../../../shared/validation';
import { callSidField, conferenceSidField, methodOption, urlOption } from '../../fields';
import type { FieldSpec } from '../../params';
import { readCollection } from '../../params';
import { callSid, HTTP_METHODS } from '../../schemas';
import { accountSid, twilio } from '../../transport';
import { checkCoaching, participantIds } from './shared';
import { PARTICIPANT_FIELDS } from '../../simplify';

const boolean = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		methodOption(
			'Announce Method',
			'announceMethod',
			'The HTTP method Twilio uses to fetch the Announce URL',
		),
		urlOption(
			'Announce URL',
			'announceUrl',
			'An MP3 or WAV file, or TwiML, played to this participant only',
		),
		boolean(
			'Beep On Exit',
			'beepOnExit',
			'Whether the conference beeps when this participant leaves',
		),
		{
			displayName: 'Call SID to Coach',
			name: 'callSidToCoach',
			type: 'string',
			default: '',
			placeholder: 'e.g. CA386025c9bf5d6052a1d1ea42b4d16662',
			description: 'The Call SID of the participant being coached; required when Coaching is on',
		},
		boolean(
			'Coaching',
			'coaching',
			'Whether the participant coaches another participant (heard only by them)',
		),
		boolean(
			'End Conference On Exit',
			'endConferenceOnExit',
			'Whether the conference ends when this participant leaves',
		),
		boolean(
			'Hold',
			'hold',
			'Whether the participant is on hold: they hear the hold music and are not heard',
		),
		methodOption('Hold Method', 'holdMethod', 'The HTTP method of the Hold URL'),
		urlOption('Hold URL', 'holdUrl', 'Music or TwiML played while the participant is on hold'),
		boolean('Muted', 'muted', 'Whether the participant is muted'),
		methodOption('Wait Method', 'waitMethod', 'The HTTP method of the Wait URL'),
		urlOption('Wait URL', 'waitUrl', 'Music or TwiML played while the conference has not started'),
	],
};

const flag = (displayName: string): FieldSpec => ({ displayName, schema: z.boolean() });
const specs: Record<string, FieldSpec> = {
	announceMethod: { displayName: 'Announce Method', schema: oneOf(HTTP_METHODS) },
	announceUrl: { displayName: 'Announce URL', schema: httpUrl },
	beepOnExit: flag('Beep On Exit'),
	callSidToCoach: { displayName: 'Call SID to Coach', schema: callSid },
	coaching: flag('Coaching'),
	endConferenceOnExit: flag('End Conference On Exit'),
	hold: flag('Hold'),
	holdMethod: { displayName: 'Hold Method', schema: oneOf(HTTP_METHODS) },
	holdUrl: { displayName: 'Hold URL', schema: httpUrl },
	muted: flag('Muted'),
	waitMethod: { displayName: 'Wait Method', schema: oneOf(HTTP_METHODS) },
	waitUrl: { displayName: 'Wait URL', schema: httpUrl },
};

export const update: Operation = {
	name: 'Update',
	action: 'Update a participant',
	simplify: PARTICIPANT_FIELDS,
	description: 'Mute, hold, coach or play an announcement to a participant',
	properties: [conferenceSidField, callSidField, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#update-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, call } = participantIds(this, i);
		const body = readCollection(this, i, 'updateFields', specs);
		if (Object.keys(body).length === 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Nothing to update in item ${i}: add at least one update field`,
				{
					itemIndex: i,
					description: 'Nothing was sent to Twilio.',
				},
			);
		}
		checkCoaching(this, i, body);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'POST',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants/${call}.json`,
			body,
			subject: `participant "${call}" in conference "${conference}"`,
		});
	},
};
