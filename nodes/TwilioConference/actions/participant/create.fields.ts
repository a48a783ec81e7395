import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { httpUrl, intBetween, nonEmptyString, oneOf } from '../../../shared/validation';
import { methodOption, urlOption } from '../../fields';
import type { FieldSpec } from '../../params';
import { callSid, HTTP_METHODS } from '../../schemas';

const options = (values: readonly string[]) => values.map((value) => ({ name: value, value }));
const listOf = <T extends string>(values: readonly [T, ...T[]]) => z.array(oneOf(values)).min(1, 'choose at least one');

const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
const CONFERENCE_EVENTS = ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'] as const;
const RECORDING_EVENTS = ['started', 'in-progress', 'paused', 'resumed', 'stopped', 'completed', 'failed', 'absent'] as const;
const CONFERENCE_RECORDING_EVENTS = ['in-progress', 'completed', 'failed', 'absent'] as const;
const BEEP = ['true', 'false', 'onEnter', 'onExit'] as const;
const CONFERENCE_RECORD = ['true', 'false', 'record-from-start', 'do-not-record'] as const;
const REGIONS = ['us1', 'us2', 'ie1', 'de1', 'sg1', 'br1', 'au1', 'jp1'] as const;

const boolean = (displayName: string, name: string, def: boolean, description: string): INodeProperties => ({
	...{ displayName, name, type: 'boolean', default: false, description },
	...(def ? { default: true } : {}),
});

export const participantCreateFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Beep',
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
			displayName: 'Call SID to Coach',
			name: 'callSidToCoach',
			type: 'string',
			default: '',
			placeholder: 'CA…',
			description: 'The Call SID of the participant being coached; required when Coaching is on',
		},
		{
			displayName: 'Caller ID',
			name: 'callerId',
			type: 'string',
			default: '',
			description: 'The caller ID shown for a call to a client: or sip: address (defaults to From)',
		},
		boolean('Coaching', 'coaching', false, 'Whether the participant coaches another participant (heard only by them)'),
		{
			displayName: 'Conference Record',
			name: 'conferenceRecord',
			type: 'options',
			options: options(CONFERENCE_RECORD),
			default: 'false',
			description: 'Whether to record the whole conference; only the first participant decides',
		},
		{
			displayName: 'Conference Recording Status Callback',
			name: 'conferenceRecordingStatusCallback',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/recording-status',
			description: 'The URL Twilio calls when the conference recording changes state',
		},
		{
			displayName: 'Conference Recording Status Callback Event',
			name: 'conferenceRecordingStatusCallbackEvent',
			type: 'multiOptions',
			options: options(CONFERENCE_RECORDING_EVENTS),
			default: [],
			description: 'The conference recording events that call the Conference Recording Status Callback',
		},
		urlOption(
			'Conference Status Callback',
			'conferenceStatusCallback',
			"The URL Twilio calls on conference events. Paste the Production URL of a Twilio Conference Trigger here. Only the first participant's value counts.",
		),
		{
			displayName: 'Conference Status Callback Event',
			name: 'conferenceStatusCallbackEvent',
			type: 'multiOptions',
			options: options(CONFERENCE_EVENTS),
			default: [],
			description: 'The conference events sent to the Conference Status Callback (Twilio default: start, end)',
		},
		methodOption('Conference Status Callback Method', 'conferenceStatusCallbackMethod', 'The HTTP method of the Conference Status Callback. The trigger expects POST.'),
		{
			displayName: 'Conference Trim',
			name: 'conferenceTrim',
			type: 'options',
			options: options(['trim-silence', 'do-not-trim']),
			default: 'trim-silence',
			description: 'Whether to trim leading and trailing silence from the conference recording',
		},
		boolean('Early Media', 'earlyMedia', true, 'Whether the participant hears the ringing of the outbound call'),
		boolean('End Conference On Exit', 'endConferenceOnExit', false, 'Whether the conference ends when this participant leaves'),
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			default: '',
			description: 'A name for this participant, unique in the conference; Get, Update and Delete accept it instead of the Call SID',
		},
		{
			displayName: 'Max Participants',
			name: 'maxParticipants',
			type: 'number',
			typeOptions: { minValue: 2, maxValue: 250 },
			default: 250,
			description: 'The most participants the conference allows (2–250)',
		},
		boolean('Muted', 'muted', false, 'Whether the participant joins muted'),
		boolean('Record', 'record', false, "Whether to record this participant's call"),
		{
			displayName: 'Recording Channels',
			name: 'recordingChannels',
			type: 'options',
			options: options(['mono', 'dual']),
			default: 'mono',
		},
		urlOption('Recording Status Callback', 'recordingStatusCallback', "The URL Twilio calls when the participant's call recording changes state"),
		{
			displayName: 'Recording Status Callback Event',
			name: 'recordingStatusCallbackEvent',
			type: 'multiOptions',
			options: options(RECORDING_EVENTS),
			default: [],
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: options(REGIONS),
			default: 'us1',
			description: 'Where Twilio mixes the conference audio',
		},
		boolean('Start Conference On Enter', 'startConferenceOnEnter', true, 'Whether the conference starts when this participant joins'),
		urlOption('Status Callback', 'statusCallback', "The URL Twilio calls on progress of the participant's call"),
		{
			displayName: 'Status Callback Event',
			name: 'statusCallbackEvent',
			type: 'multiOptions',
			options: options(CALL_EVENTS),
			default: [],
			description: 'The call progress events sent to the Status Callback (Twilio default: completed)',
		},
		methodOption('Status Callback Method', 'statusCallbackMethod', 'The HTTP method of the Status Callback'),
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 5, maxValue: 600 },
			default: 60,
			description: 'How long to let the call ring before giving up (5–600)',
		},
		methodOption('Wait Method', 'waitMethod', 'The HTTP method of the Wait URL'),
		urlOption('Wait URL', 'waitUrl', 'Music or TwiML played while the conference has not started'),
	],
};

const url = (displayName: string): FieldSpec => ({ displayName, schema: httpUrl });
const method = (displayName: string): FieldSpec => ({ displayName, schema: oneOf(HTTP_METHODS) });
const flag = (displayName: string): FieldSpec => ({ displayName, schema: z.boolean() });

export const participantCreateSpecs: Record<string, FieldSpec> = {
	beep: { displayName: 'Beep', schema: oneOf(BEEP) },
	callSidToCoach: { displayName: 'Call SID to Coach', schema: callSid },
	callerId: { displayName: 'Caller ID', schema: nonEmptyString },
	coaching: flag('Coaching'),
	conferenceRecord: { displayName: 'Conference Record', schema: oneOf(CONFERENCE_RECORD) },
	conferenceRecordingStatusCallback: url('Conference Recording Status Callback'),
	conferenceRecordingStatusCallbackEvent: {
		displayName: 'Conference Recording Status Callback Event',
		schema: listOf(CONFERENCE_RECORDING_EVENTS),
	},
	conferenceStatusCallback: url('Conference Status Callback'),
	conferenceStatusCallbackEvent: { displayName: 'Conference Status Callback Event', schema: listOf(CONFERENCE_EVENTS) },
	conferenceStatusCallbackMethod: method('Conference Status Callback Method'),
	conferenceTrim: { displayName: 'Conference Trim', schema: oneOf(['trim-silence', 'do-not-trim']) },
	earlyMedia: flag('Early Media'),
	endConferenceOnExit: flag('End Conference On Exit'),
	label: { displayName: 'Label', schema: nonEmptyString },
	maxParticipants: { displayName: 'Max Participants', schema: intBetween(2, 250) },
	muted: flag('Muted'),
	record: flag('Record'),
	recordingChannels: { displayName: 'Recording Channels', schema: oneOf(['mono', 'dual']) },
	recordingStatusCallback: url('Recording Status Callback'),
	recordingStatusCallbackEvent: { displayName: 'Recording Status Callback Event', schema: listOf(RECORDING_EVENTS) },
	region: { displayName: 'Region', schema: oneOf(REGIONS) },
	startConferenceOnEnter: flag('Start Conference On Enter'),
	statusCallback: url('Status Callback'),
	statusCallbackEvent: { displayName: 'Status Callback Event', schema: listOf(CALL_EVENTS) },
	statusCallbackMethod: method('Status Callback Method'),
	timeout: { displayName: 'Timeout (Seconds)', schema: intBetween(5, 600) },
	waitMethod: method('Wait Method'),
	waitUrl: url('Wait URL'),
};
