import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from '../shared/trigger';
import { deliveredEvents, eventMapping } from './normalize';
import { answerSubscription, isAuthentic } from './signature';

const EVENTS = [
	{
		name: 'Call Connect',
		value: 'connect',
		description:
			'A call is ringing (user-initiated) or was answered (business-initiated); carries the SDP',
	},
	{
		name: 'Call Terminate',
		value: 'terminate',
		description: 'A call ended, with its status, duration and any errors',
	},
];

/** How a delivery proves itself and which events it carries. */
const VECTALK: trigger.TriggerProvider = {
	credential: 'vecTalkApi',
	mapping: eventMapping,
	isAuthentic,
	events: deliveredEvents,
};

export class VecTalkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VecTalk Trigger',
		name: 'vecTalkTrigger',
		icon: { light: 'file:vectalk.svg', dark: 'file:vectalk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.eventsSubtitle(EVENTS),
		description:
			'Starts the workflow on WhatsApp call events (connect, terminate) delivered through VecTalk',
		defaults: { name: 'VecTalk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'vecTalkApi', required: true }],
		webhooks: [
			trigger.DELIVERY_WEBHOOK,
			// Meta's subscription check, on the same URL
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: trigger.properties({
			setup:
				"VecTalk has no API to register webhooks. Where the WhatsApp \"calls\" webhook is configured, paste this node's Production URL as the callback URL and the credential's Verify Token as the verify token; the signing secret goes into the credential's Webhook Secret.",
			events: EVENTS,
			defaultEvents: ['connect', 'terminate'],
		}),
	};

	webhookMethods = { default: trigger.MANUAL_WEBHOOK, setup: trigger.MANUAL_WEBHOOK };

	async webhook(this: IWebhookFunctions) {
		if (this.getWebhookName() === 'setup') return await answerSubscription(this);
		return await trigger.receiveFrom(this, VECTALK);
	}
}
