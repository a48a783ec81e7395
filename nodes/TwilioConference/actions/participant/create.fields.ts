import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { httpUrl, intBetween, nonEmptyString, oneOf } from '../../../shared/validation';
import { methodOption, urlOption } from '../../fields';
import type { FieldSpec } from '../../params';
import { callSid, HTTP_METHODS } from '../../schemas';

/** Options named in words; the value sent stays Twilio's. */
const options = <T extends string>(labels: Record<T, string>) =>
	Object.entries<string>(labels).map(([value, name]) => ({ name, value }));
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
	z.array(oneOf(values)).min(1, 'choose at least one');

const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
const CONFERENCE_EVENTS = [
	'start',
	'end',
	'join',
	'leave',
	'mute',
	'hold',
	'modify',
	'speaker',
	'announcement',
] as const;
const RECORDING_EVENTS = [
	'started',
	'in-progress',
	'paused',
	'resumed',
	'stopped',
	'completed',
	'failed',
	'absent',
] as const;
const CONFERENCE_RECORDING_EVENTS = ['in-progress', 'completed', 'failed', 'absent'] as const;
const REGIONS = ['us1', 'us2', 'ie1', 'de1', 'sg1', 'br1', 'au1', 'jp1'] as const;
const BEEP = ['true', 'false', 'onEnter', 'onExit'] as const;
const CALL_EVENT_LABELS = {
	initiated: 'Initiated',
	ringing: 'Ringing',
	answered: 'Answered',
	completed: 'Completed',
} satisfies Record<(typeof CALL_EVENTS)[number], string>;
const CONFERENCE_EVENT_LABELS = {
	start: 'Conference Started',
	end: 'Conference Ended',
	join: 'Participant Joined',
	leave: 'Participant Left',
	mute: 'Participant Muted or Unmuted',
	hold: 'Participant Held or Unheld',
	modify: 'Participant Modified',
	speaker: 'Participant Started or Stopped Speaking',
	announcement: 'Announcement Ended or Failed',
} satisfies Record<(typeof CONFERENCE_EVENTS)[number], string>;
const RECORDING_EVENT_LABELS = {
	started: 'Started',
	'in-progress': 'In Progress',
	paused: 'Paused',
	resumed: 'Resumed',
	stopped: 'Stopped',
	completed: 'Completed',
	failed: 'Failed',
	absent: 'Absent (No Audio)',
} satisfies Record<(typeof RECORDING_EVENTS)[number], string>;
const CONFERENCE_RECORD_LABELS = {
	true: 'Record',
	false: "Don't Record",
	'record-from-start': 'Record From the Start',
	'do-not-record': 'Never Record',
} satisfies Record<(typeof CONFERENCE_RECORD)[number], string>;
const REGION_LABELS = {
	us1: 'United States (Virginia)',
	us2: 'United States (Oregon)',
	ie1: 'Ireland (Dublin)',
	de1: 'Germany (Frankfurt)',
	sg1: 'Singapore',
	br1: 'Brazil (São Paulo)',
	au1: 'Australia (Sydney)',
	jp1: 'Japan (Tokyo)',
} satisfies Record<(typeof REGIONS)[number], string>;
const CONFERENCE_RECORD = ['true', 'false', 'record-from-start', 'do-not-record'] as const;

const boolean = (
	displayName: string,
	name: string,
	def: boolean,
	description: string,
): INodeProperties => ({
	...{ displayName, name, type: 'boolean', default: false, description },
	...(def ? { default: true } : {}),
});

const byName = (fields: INodeProperties[]) =>
	fields.sort((a, b) => a.displayName.localeCompare(b.displayName));

export const participantCreateFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	// Grouped by the prefix of their names (Call, Conference, Participant), so sorted by name.
	options: byName([
		{
			displayName: 'Conference: Beep',
			name: 'beep',
			type: 'options',
			options: [
				{ name: 'On Enter and Exit', value: 'true' },
				{ name: 'Never', value: 'false' },
				{ name: 'On Enter Only', value: 'onEnter' },
				{ name: 'On Exit Only', value: 'onExit' },
			],
			default: 'true',
			description: 'When the conference plays a beep as this participant joins or leaves',
		},
		{
			displayName: 'Participant: Call SID to Coach',
			name: 'callSidToCoach',
			type: 'string',
			default: '',
			placeholder: 'e.g. CA386025c9bf5d6052a1d1ea42b4d16662',
			description: 'The Call SID of the participant being coached; required when Coaching is on',
		},
		{
			displayName: 'Call: Caller ID',
			name: 'callerId',
			type: 'string',
			default: '',
			description: 'The caller ID shown for a call to a client: or sip: address (defaults to From)',
		},
		boolean(
			'Participant: Coaching',
			'coaching',
			false,
			'Whether the participant coaches another participant (heard only by them)',
		),
		{
			displayName: 'Conference: Record',
			name: 'conferenceRecord',
			type: 'options',
			options: options(CONFERENCE_RECORD_LABELS),
			default: 'false',
			description: 'Whether to record the whole conference; only the first participant decides',
		},
		{
			displayName: 'Conference: Recording Status Callback URL',
			name: 'conferenceRecordingStatusCallback',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/recording-status',
			description: 'The URL Twilio calls when the conference recording changes state',
		},
		{
			displayName: 'Conference: Recording Status Callback Events',
			name: 'conferenceRecordingStatusCallbackEvent',
			type: 'multiOptions',
			options: options(RECORDING_EVENT_LABELS).filter((o) =>
				(CONFERENCE_RECORDING_EVENTS as readonly string[]).includes(o.value),
			),
			default: [],
			description:
				'The conference recording events that call the Conference Recording Status Callback',
		},
		urlOption(
			'Conference: Status Callback URL',
			'conferenceStatusCallback',
			"The URL Twilio calls on conference events. Paste the Production URL of a Twilio Conference Trigger here. Only the first participant's value counts.",
		),
		{
			displayName: 'Conference: Status Callback Events',
			name: 'conferenceStatusCallbackEvent',
			type: 'multiOptions',
			options: options(CONFERENCE_EVENT_LABELS),
			default: [],
			description:
				'The conference events sent to the Conference Status Callback (Twilio default: start, end)',
		},
		methodOption(
			'Conference: Status Callback Method',
			'conferenceStatusCallbackMethod',
			'The HTTP method of the Conference Status Callback. The trigger expects POST.',
		),
		{
			displayName: 'Conference: Recording Trim',
			name: 'conferenceTrim',
			type: 'options',
			options: options({ 'trim-silence': 'Trim Silence', 'do-not-trim': "Don't Trim" }),
			default: 'trim-silence',
			description: 'Whether to trim leading and trailing silence from the conference recording',
		},
		boolean(
			'Call: Early Media',
			'earlyMedia',
			true,
			'Whether the participant hears the ringing of the outbound call',
		),
		boolean(
			'Conference: End When This Participant Leaves',
			'endConferenceOnExit',
			false,
			'Whether the conference ends when this participant leaves',
		),
		{
			displayName: 'Participant: Label',
			name: 'label',
			type: 'string',
			default: '',
			description:
				'A name for this participant, unique in the conference; Get, Update and Delete accept it instead of the Call SID',
		},
		{
			displayName: 'Conference: Max Participants',
			name: 'maxParticipants',
			type: 'number',
			typeOptions: { minValue: 2, maxValue: 250 },
			default: 250,
			description: 'The most participants the conference allows (2–250)',
		},
		boolean('Participant: Muted', 'muted', false, 'Whether the participant joins muted'),
		boolean('Call: Record', 'record', false, "Whether to record this participant's call"),
		{
			displayName: 'Call: Recording Channels',
			name: 'recordingChannels',
			type: 'options',
			options: options({ mono: 'Mono (One Channel)', dual: 'Dual (One Channel per Leg)' }),
			default: 'mono',
		},
		urlOption(
			'Call: Recording Status Callback URL',
			'recordingStatusCallback',
			"The URL Twilio calls when the participant's call recording changes state",
		),
		{
			displayName: 'Call: Recording Status Callback Events',
			name: 'recordingStatusCallbackEvent',
			type: 'multiOptions',
			options: options(RECORDING_EVENT_LABELS),
			default: [],
		},
		{
			displayName: 'Conference: Region',
			name: 'region',
			type: 'options',
			options: options(REGION_LABELS),
			default: 'us1',
			description: 'Where Twilio mixes the conference audio',
		},
		boolean(
			'Conference: Start When This Participant Joins',
			'startConferenceOnEnter',
			true,
			'Whether the conference starts when this participant joins',
		),
		urlOption(
			'Call: Status Callback URL',
			'statusCallback',
			"The URL Twilio calls on progress of the participant's call",
		),
		{
			displayName: 'Call: Status Callback Events',
			name: 'statusCallbackEvent',
			type: 'multiOptions',
			options: options(CALL_EVENT_LABELS),
			default: [],
			description:
				'The call progress events sent to the Status Callback (Twilio default: completed)',
		},
		methodOption(
			'Call: Status Callback Method',
			'statusCallbackMethod',
			'The HTTP method of the Status Callback',
		),
		{
			displayName: 'Call: Ring Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 5, maxValue: 600 },
			default: 60,
			description: 'How long to let the call ring before giving up (5–600)',
		},
		methodOption('Conference: Wait Method', 'waitMethod', 'The HTTP method of the Wait URL'),
		urlOption(
			'Conference: Wait URL',
			'waitUrl',
			'Music or TwiML played while the conference has not started',
		),
	]),
};

const url = (displayName: string): FieldSpec => ({ displayName, schema: httpUrl });
const method = (displayName: string): FieldSpec => ({ displayName, schema: oneOf(HTTP_METHODS) });
const flag = (displayName: string): FieldSpec => ({ displayName, schema: z.boolean() });

export const participantCreateSpecs: Record<string, FieldSpec> = {
	beep: { displayName: 'Conference: Beep', schema: oneOf(BEEP) },
	callSidToCoach: { displayName: 'Participant: Call SID to Coach', schema: callSid },
	callerId: { displayName: 'Call: Caller ID', schema: nonEmptyString },
	coaching: flag('Participant: Coaching'),
	conferenceRecord: { displayName: 'Conference: Record', schema: oneOf(CONFERENCE_RECORD) },
	conferenceRecordingStatusCallback: url('Conference: Recording Status Callback URL'),
	conferenceRecordingStatusCallbackEvent: {
		displayName: 'Conference: Recording Status Callback Events',
		schema: listOf(CONFERENCE_RECORDING_EVENTS),
	},
	conferenceStatusCallback: url('Conference: Status Callback URL'),
	conferenceStatusCallbackEvent: {
		displayName: 'Conference: Status Callback Events',
		schema: listOf(CONFERENCE_EVENTS),
	},
	conferenceStatusCallbackMethod: method('Conference: Status Callback Method'),
	conferenceTrim: {
		displayName: 'Conference: Recording Trim',
		schema: oneOf(['trim-silence', 'do-not-trim']),
	},
	earlyMedia: flag('Call: Early Media'),
	endConferenceOnExit: flag('Conference: End When This Participant Leaves'),
	label: { displayName: 'Participant: Label', schema: nonEmptyString },
	maxParticipants: { displayName: 'Conference: Max Participants', schema: intBetween(2, 250) },
	muted: flag('Participant: Muted'),
	record: flag('Call: Record'),
	recordingChannels: { displayName: 'Call: Recording Channels', schema: oneOf(['mono', 'dual']) },
	recordingStatusCallback: url('Call: Recording Status Callback URL'),
	recordingStatusCallbackEvent: {
		displayName: 'Call: Recording Status Callback Events',
		schema: listOf(RECORDING_EVENTS),
	},
	region: { displayName: 'Conference: Region', schema: oneOf(REGIONS) },
	startConferenceOnEnter: flag('Conference: Start When This Participant Joins'),
	statusCallback: url('Call: Status Callback URL'),
	statusCallbackEvent: { displayName: 'Call: Status Callback Events', schema: listOf(CALL_EVENTS) },
	statusCallbackMethod: method('Call: Status Callback Method'),
	timeout: { displayName: 'Call: Ring Timeout (Seconds)', schema: intBetween(5, 600) },
	waitMethod: method('Conference: Wait Method'),
	waitUrl: url('Conference: Wait URL'),
};
