/** What Simplify keeps of a conference (Twilio answers 12 fields): what a builder uses most. */
export const CONFERENCE_FIELDS = [
	'sid',
	'friendly_name',
	'status',
	'region',
	'date_created',
	'date_updated',
	'reason_conference_ended',
];
