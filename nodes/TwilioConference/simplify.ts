// The fields Simplify keeps of Twilio's answers (a conference has 12 fields, a participant 15,
// a recording 17): what a builder uses most to follow a call.

export const CONFERENCE_FIELDS = [
	'sid',
	'friendly_name',
	'status',
	'region',
	'date_created',
	'date_updated',
	'reason_conference_ended',
];

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
