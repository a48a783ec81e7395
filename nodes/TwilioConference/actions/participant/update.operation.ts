import type { IExecuteFunctions } from 'n8n-workflow';

import { readCollection } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import {
	announceMethodOption,
	collection,
	conferenceSidField,
	methodOption,
	urlOption,
} from '../../fields';
import { memberTarget } from '../../helpers';
import { conferenceRequest } from '../../transport';
import {
	callSidField,
	callSidToCoachOption,
	flag,
	PARTICIPANT_FIELDS,
	participantMember,
} from './fields';
import { checkCoaching } from './helpers';

const updateFields = collection('updateFields', [
	announceMethodOption,
	urlOption(
		'Announce URL',
		'announceUrl',
		'An MP3 or WAV file, or TwiML, played to this participant only',
	),
	flag('Beep On Exit', 'beepOnExit', 'Whether the conference beeps when this participant leaves'),
	callSidToCoachOption('Call SID to Coach'),
	flag(
		'Coaching',
		'coaching',
		'Whether the participant coaches another participant (heard only by them)',
	),
	flag(
		'End Conference On Exit',
		'endConferenceOnExit',
		'Whether the conference ends when this participant leaves',
	),
	flag(
		'Hold',
		'hold',
		'Whether the participant is on hold: they hear the hold music and are not heard',
	),
	methodOption('Hold Method', 'holdMethod', 'The HTTP method of the Hold URL'),
	urlOption('Hold URL', 'holdUrl', 'Music or TwiML played while the participant is on hold'),
	flag('Muted', 'muted', 'Whether the participant is muted'),
	methodOption('Wait Method', 'waitMethod', 'The HTTP method of the Wait URL'),
	urlOption('Wait URL', 'waitUrl', 'Music or TwiML played while the conference has not started'),
]);

export const update: Operation = {
	name: 'Update',
	action: 'Update a participant',
	simplify: PARTICIPANT_FIELDS,
	description: 'Mute, hold, coach or play an announcement to a participant',
	properties: [conferenceSidField, callSidField, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#update-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = memberTarget(this, i, participantMember);
		const body = readCollection(this, i, updateFields, { requireOne: true });
		checkCoaching(this, i, updateFields, body);
		return await conferenceRequest(this, i, 'POST', target, body);
	},
};
