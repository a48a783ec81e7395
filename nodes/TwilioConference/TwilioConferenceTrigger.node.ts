import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { providerEvents } from '../shared/events';
import {
	eventsParameter,
	eventsSubtitle,
	forgetWebhook,
	receive,
	rememberWebhook,
	setupNotice,
	triggerOptions,
	webhookExists,
} from '../shared/webhook';
import { eventMapping } from './normalize';
import { callbackOutput, callbackRawBody, signedUrls } from './callback';
import { isTwilioSignatureValid } from './signature';

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

export class TwilioConferenceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Conference Trigger',
		name: 'twilioConferenceTrigger',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(EVENTS),
		description:
			'Starts the workflow on Twilio conference status callbacks: participants joining and leaving, and more',
		defaults: { name: 'Twilio Conference Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConferenceApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			setupNotice(
				'Twilio has no API to register conference callbacks. Set this node\'s Production URL as statusCallback of the TwiML Conference verb (with statusCallbackEvent="start end join leave mute hold modify speaker announcement" and method POST), or as "Conference Status Callback" when adding the first participant with the Twilio Conference node. Deliveries are verified with the Auth Token of the credential.',
			),
			eventsParameter(EVENTS, ['participant-join', 'participant-leave']),
			triggerOptions(),
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return webhookExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return rememberWebhook(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return forgetWebhook(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('twilioConferenceApi');
		return receive(
			this,
			providerEvents(this, eventMapping, {
				isAuthentic: () =>
					isTwilioSignatureValid({
						header: this.getHeaderData()['x-twilio-signature'],
						urls: signedUrls(this),
						rawBody: callbackRawBody(this),
						// Twilio signs with the Auth Token only; without one nothing can be proven (401).
						authToken: String(credentials.authToken ?? ''),
					}),
				events: () => {
					const params = callbackOutput(this);
					return [{ type: String(params.StatusCallbackEvent ?? ''), json: params }];
				},
			}),
		);
	}
}
