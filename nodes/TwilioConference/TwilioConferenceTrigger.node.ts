import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from '../shared/trigger';
import { deliveredEvents, eventMapping } from './normalize';
import { isAuthentic } from './signature';

const EVENTS = [
	{ name: 'Conference Started', value: 'conference-start', description: 'Subscribe with "start"' },
	{ name: 'Conference Ended', value: 'conference-end', description: 'Subscribe with "end"' },
	{ name: 'Participant Joined', value: 'participant-join', description: 'Subscribe with "join"' },
	{ name: 'Participant Left', value: 'participant-leave', description: 'Subscribe with "leave"' },
	{ name: 'Participant Muted', value: 'participant-mute', description: 'Subscribe with "mute"' },
	{
		name: 'Participant Unmuted',
		value: 'participant-unmute',
		description: 'Subscribe with "mute"',
	},
	{ name: 'Participant Held', value: 'participant-hold', description: 'Subscribe with "hold"' },
	{ name: 'Participant Unheld', value: 'participant-unhold', description: 'Subscribe with "hold"' },
	{
		name: 'Participant Modified',
		value: 'participant-modify',
		description: 'Subscribe with "modify"',
	},
	{
		name: 'Participant Started Speaking',
		value: 'participant-speech-start',
		description: 'Subscribe with "speaker"',
	},
	{
		name: 'Participant Stopped Speaking',
		value: 'participant-speech-stop',
		description: 'Subscribe with "speaker"',
	},
	{
		name: 'Announcement Ended',
		value: 'announcement-end',
		description: 'Subscribe with "announcement"',
	},
	{
		name: 'Announcement Failed',
		value: 'announcement-fail',
		description: 'Subscribe with "announcement"',
	},
];

/** How a delivery proves itself and which events it carries. */
const TWILIO: trigger.TriggerProvider = {
	credential: 'twilioConferenceApi',
	mapping: eventMapping,
	isAuthentic,
	events: deliveredEvents,
};

export class TwilioConferenceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Conference Trigger',
		name: 'twilioConferenceTrigger',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.eventsSubtitle(EVENTS),
		description:
			'Starts the workflow on Twilio conference status callbacks: participants joining and leaving, and more',
		defaults: { name: 'Twilio Conference Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConferenceApi', required: true }],
		webhooks: [trigger.DELIVERY_WEBHOOK],
		properties: trigger.properties({
			setup:
				'Twilio has no API to register conference callbacks. Set this node\'s Production URL as statusCallback of the TwiML Conference verb (with statusCallbackEvent="start end join leave mute hold modify speaker announcement" and method POST), or as "Conference Status Callback" when adding the first participant with the Twilio Conference node. Deliveries are verified with the Auth Token of the credential.',
			events: EVENTS,
			defaultEvents: ['participant-join', 'participant-leave'],
		}),
	};

	webhookMethods = { default: trigger.MANUAL_WEBHOOK };

	async webhook(this: IWebhookFunctions) {
		return await trigger.receiveFrom(this, TWILIO);
	}
}
