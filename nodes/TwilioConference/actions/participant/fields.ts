import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { pathId } from '../../../shared/validation';
import { HEX, HEX32, sid } from '../../fields';
import type { Member } from '../../helpers';

/** What Simplify keeps of a participant (Twilio answers 15 fields): what a builder uses most. */
export const PARTICIPANT_FIELDS = [
	'call_sid',
	'conference_sid',
	'label',
	'status',
	'muted',
	'hold',
	'coaching',
	'date_created',
];

/** A SID where a name is also allowed: anything that looks like a cut-off SID is refused. */
export const sidOrName = (prefix: string, what: string, alternative: string) =>
	pathId
		.refine(
			(v) =>
				new RegExp(`^${prefix}${HEX32}$`).test(v) || !new RegExp(`^${prefix}${HEX}{8,}$`).test(v),
			`must be a ${what} SID (${prefix} followed by 32 hex characters) or a ${alternative}`,
		)
		.refine((v) => v.length <= 128, 'must be at most 128 characters');

export const callSidField = withSchema(
	idLocator({
		name: 'callSid',
		displayName: 'Participant',
		description: "The participant's Call SID (CA…) or the label given when it was added",
		placeholder: 'e.g. CA386025c9bf5d6052a1d1ea42b4d16662 or customer',
		searchListMethod: 'searchParticipants',
	}),
	sidOrName('CA', 'call', 'participant label'),
);

/** A boolean ("Whether …"), off unless `on`. */
export const flag = (
	displayName: string,
	name: string,
	description: string,
	on = false,
): INodeProperties => ({
	...{ displayName, name, type: 'boolean', default: false, description },
	...(on ? { default: true } : {}),
});

/** The participant being coached; Twilio requires it whenever Coaching is on (`checkCoaching`). */
export const callSidToCoachOption = (displayName: string) =>
	withSchema(
		{
			displayName,
			name: 'callSidToCoach',
			type: 'string',
			default: '',
			placeholder: 'e.g. CA386025c9bf5d6052a1d1ea42b4d16662',
			description: 'The Call SID of the participant being coached; required when Coaching is on',
		},
		sid('CA', 'call'),
	);

/** A participant: the call of one person in a conference. */
export const participantMember: Member = {
	list: 'Participants',
	noun: 'participant',
	preposition: 'in',
	idField: callSidField,
	idKey: 'callSid',
	simplify: PARTICIPANT_FIELDS,
};
