import { idLocator } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { sid } from '../../fields';
import type { Member } from '../../helpers';

/** What Simplify keeps of a recording (Twilio answers 17 fields): what a builder uses most. */
export const RECORDING_FIELDS = [
	'sid',
	'conference_sid',
	'status',
	'duration',
	'channels',
	'start_time',
	'date_created',
	'media_url',
];

export const recordingSidField = withSchema(
	idLocator({
		name: 'recordingSid',
		displayName: 'Recording',
		description:
			'The recording SID (RE…); Update also takes Twilio.CURRENT for the active recording',
		placeholder: 'e.g. REaaaabbbbccccddddeeeeffff00001111 or Twilio.CURRENT',
		searchListMethod: 'searchRecordings',
	}),
	sid('RE', 'recording'),
);

/** A recording of a whole conference. */
export const recordingMember: Member = {
	list: 'Recordings',
	noun: 'recording',
	preposition: 'of',
	idField: recordingSidField,
	idKey: 'recordingSid',
	simplify: RECORDING_FIELDS,
};
