import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from '../shared/trigger';
import { deliveredEvents, eventMapping } from './normalize';
import { isAuthentic } from './signature';

const EVENTS = [
	{ name: 'Session Joined', value: 'sessionJoined', description: 'A participant entered a room' },
	{ name: 'Session Left', value: 'sessionLeft', description: 'A participant left a room' },
];

/** How a delivery proves itself and which events it carries. */
const PAGECALL: trigger.TriggerProvider = {
	credential: 'pagecallApi',
	mapping: eventMapping,
	isAuthentic,
	events: deliveredEvents,
};

export class PagecallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pagecall Trigger',
		name: 'pagecallTrigger',
		icon: { light: 'file:pagecall.svg', dark: 'file:pagecall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.eventsSubtitle(EVENTS),
		description: 'Starts the workflow when a participant joins or leaves a Pagecall room',
		defaults: { name: 'Pagecall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pagecallApi', required: true }],
		webhooks: [trigger.DELIVERY_WEBHOOK],
		properties: trigger.properties({
			setup:
				'Pagecall has no webhook settings: each room gets its webhook when it is created. Use the Pagecall node\'s Room → Create with this node\'s Production URL as "Webhook URL" — with a Webhook Secret in the credential, it adds the X-Webhook-Secret header that this trigger checks. Rooms created elsewhere need webhook.headers {"X-Webhook-Secret": "the same secret"}.',
			events: EVENTS,
			defaultEvents: ['sessionJoined', 'sessionLeft'],
		}),
	};

	webhookMethods = { default: trigger.MANUAL_WEBHOOK };

	async webhook(this: IWebhookFunctions) {
		return await trigger.receiveFrom(this, PAGECALL);
	}
}
