import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { httpUrl, intBetween, nonEmptyString } from '../../../shared/validation';
import { choice, collection, methodOption, urlOption } from '../../fields';
import { callSidToCoachOption, flag, sidOrName } from './fields';

/** Participant create also takes a friendly name: Twilio then joins (or starts) that conference. */
export const conferenceSidOrNameField = withSchema(
	idLocator({
		name: 'conferenceSid',
		displayName: 'Conference',
		description:
			'The conference SID (CF…) or its friendly name. With a friendly name, the participant joins the conference of that name that is in progress, or starts it.',
		placeholder: 'e.g. CFbbe46ff1274e283f7e3ac1df0072ab39 or my-conference',
		searchListMethod: 'searchConferences',
	}),
	sidOrName('CF', 'conference', 'friendly name'),
);

/**
 * From and To of the participant's call: a phone number in E.164 (spaces, dots, dashes and
 * brackets are removed), `client:<identity>` or a `sip:` address.
 */
const callAddress = (displayName: string, name: string, example: string, description: string) =>
	withSchema(
		{
			displayName,
			name,
			type: 'string',
			required: true,
			default: '',
			placeholder: `e.g. ${example}`,
			description,
		},
		nonEmptyString
			.transform((v) => (v.startsWith('+') ? v.replace(/[\s().-]/g, '') : v))
			.refine(
				(v) =>
					/^\+[1-9]\d{1,14}$/.test(v) || /^client:[^\s:]+$/.test(v) || /^sip:[^\s@]+@\S+$/i.test(v),
				'must be a phone number in E.164 format (e.g. +14155550100), client:<identity> or sip:<user>@<host>',
			),
	);

export const fromField = callAddress(
	'From',
	'from',
	'+14155550100',
	'The caller: a Twilio phone number of the account in E.164, or client:identity when To is a client',
);
export const toField = callAddress(
	'To',
	'to',
	'+14155550199',
	'Who to call: a phone number in E.164, client:identity or sip:user@host',
);

/** Options named in words, in Twilio's order; the value sent stays Twilio's. */
const options = (labels: Record<string, string>) =>
	Object.entries(labels).map(([value, name]) => ({ name, value }));

const RECORDING_EVENTS = options({
	started: 'Started',
	'in-progress': 'In Progress',
	paused: 'Paused',
	resumed: 'Resumed',
	stopped: 'Stopped',
	completed: 'Completed',
	failed: 'Failed',
	absent: 'Absent (No Audio)',
});

const text = (displayName: string, name: string, description: string): INodeProperties =>
	withSchema({ displayName, name, type: 'string', default: '', description }, nonEmptyString);

const multi = (
	displayName: string,
	name: string,
	choices: INodeProperties['options'],
	description?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'multiOptions',
	options: choices,
	default: [],
	...(description ? { description } : {}),
});

const count = (
	displayName: string,
	name: string,
	[min, max]: [number, number],
	def: number,
	description: string,
) =>
	withSchema(
		{
			displayName,
			name,
			type: 'number',
			typeOptions: { minValue: min, maxValue: max },
			default: def,
			description,
		},
		intBetween(min, max),
	);

const byName = (fields: INodeProperties[]) =>
	fields.sort((a, b) => a.displayName.localeCompare(b.displayName));

/** The 28 optional fields of a new participant, each with its check; grouped by the prefix of their labels. */
export const additionalFields = collection(
	'additionalFields',
	byName([
		choice(
			'Conference: Beep',
			'beep',
			options({
				true: 'On Enter and Exit',
				false: 'Never',
				onEnter: 'On Enter Only',
				onExit: 'On Exit Only',
			}),
			'true',
			'When the conference plays a beep as this participant joins or leaves',
		),
		callSidToCoachOption('Participant: Call SID to Coach'),
		text(
			'Call: Caller ID',
			'callerId',
			'The caller ID shown for a call to a client: or sip: address (defaults to From)',
		),
		flag(
			'Participant: Coaching',
			'coaching',
			'Whether the participant coaches another participant (heard only by them)',
		),
		choice(
			'Conference: Record',
			'conferenceRecord',
			options({
				true: 'Record',
				false: "Don't Record",
				'record-from-start': 'Record From the Start',
				'do-not-record': 'Never Record',
			}),
			'false',
			'Whether to record the whole conference; only the first participant decides',
		),
		withSchema(
			{
				displayName: 'Conference: Recording Status Callback URL',
				name: 'conferenceRecordingStatusCallback',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/recording-status',
				description: 'The URL Twilio calls when the conference recording changes state',
			},
			httpUrl,
		),
		multi(
			'Conference: Recording Status Callback Events',
			'conferenceRecordingStatusCallbackEvent',
			RECORDING_EVENTS.filter((o) =>
				['in-progress', 'completed', 'failed', 'absent'].includes(o.value),
			),
			'The conference recording events that call the Conference Recording Status Callback',
		),
		urlOption(
			'Conference: Status Callback URL',
			'conferenceStatusCallback',
			"The URL Twilio calls on conference events. Paste the Production URL of a Twilio Conference Trigger here. Only the first participant's value counts.",
		),
		multi(
			'Conference: Status Callback Events',
			'conferenceStatusCallbackEvent',
			options({
				start: 'Conference Started',
				end: 'Conference Ended',
				join: 'Participant Joined',
				leave: 'Participant Left',
				mute: 'Participant Muted or Unmuted',
				hold: 'Participant Held or Unheld',
				modify: 'Participant Modified',
				speaker: 'Participant Started or Stopped Speaking',
				announcement: 'Announcement Ended or Failed',
			}),
			'The conference events sent to the Conference Status Callback (Twilio default: start, end)',
		),
		methodOption(
			'Conference: Status Callback Method',
			'conferenceStatusCallbackMethod',
			'The HTTP method of the Conference Status Callback. The trigger expects POST.',
		),
		choice(
			'Conference: Recording Trim',
			'conferenceTrim',
			options({ 'trim-silence': 'Trim Silence', 'do-not-trim': "Don't Trim" }),
			'trim-silence',
			'Whether to trim leading and trailing silence from the conference recording',
		),
		flag(
			'Call: Early Media',
			'earlyMedia',
			'Whether the participant hears the ringing of the outbound call',
			true,
		),
		flag(
			'Conference: End When This Participant Leaves',
			'endConferenceOnExit',
			'Whether the conference ends when this participant leaves',
		),
		text(
			'Participant: Label',
			'label',
			'A name for this participant, unique in the conference; Get, Update and Delete accept it instead of the Call SID',
		),
		count(
			'Conference: Max Participants',
			'maxParticipants',
			[2, 250],
			250,
			'The most participants the conference allows (2–250)',
		),
		flag('Participant: Muted', 'muted', 'Whether the participant joins muted'),
		flag('Call: Record', 'record', "Whether to record this participant's call"),
		choice(
			'Call: Recording Channels',
			'recordingChannels',
			options({ mono: 'Mono (One Channel)', dual: 'Dual (One Channel per Leg)' }),
			'mono',
		),
		urlOption(
			'Call: Recording Status Callback URL',
			'recordingStatusCallback',
			"The URL Twilio calls when the participant's call recording changes state",
		),
		multi(
			'Call: Recording Status Callback Events',
			'recordingStatusCallbackEvent',
			RECORDING_EVENTS,
		),
		choice(
			'Conference: Region',
			'region',
			options({
				us1: 'United States (Virginia)',
				us2: 'United States (Oregon)',
				ie1: 'Ireland (Dublin)',
				de1: 'Germany (Frankfurt)',
				sg1: 'Singapore',
				br1: 'Brazil (São Paulo)',
				au1: 'Australia (Sydney)',
				jp1: 'Japan (Tokyo)',
			}),
			'us1',
			'Where Twilio mixes the conference audio',
		),
		flag(
			'Conference: Start When This Participant Joins',
			'startConferenceOnEnter',
			'Whether the conference starts when this participant joins',
			true,
		),
		urlOption(
			'Call: Status Callback URL',
			'statusCallback',
			"The URL Twilio calls on progress of the participant's call",
		),
		multi(
			'Call: Status Callback Events',
			'statusCallbackEvent',
			[
				{ name: 'Initiated', value: 'initiated' },
				{ name: 'Ringing', value: 'ringing' },
				{ name: 'Answered', value: 'answered' },
				{ name: 'Completed', value: 'completed' },
			],
			'The call progress events sent to the Status Callback (Twilio default: completed)',
		),
		methodOption(
			'Call: Status Callback Method',
			'statusCallbackMethod',
			'The HTTP method of the Status Callback',
		),
		count(
			'Call: Ring Timeout (Seconds)',
			'timeout',
			[5, 600],
			60,
			'How long to let the call ring before giving up (5–600)',
		),
		methodOption('Conference: Wait Method', 'waitMethod', 'The HTTP method of the Wait URL'),
		urlOption(
			'Conference: Wait URL',
			'waitUrl',
			'Music or TwiML played while the conference has not started',
		),
	]),
);
