import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from '../shared/trigger';
import { deliveredEvents, eventMapping } from './normalize';
import { isAuthentic } from './signature';

const EVENTS = [
	{ name: 'Call Created', value: 'call.created', description: 'A call link was created' },
	{
		name: 'Call Started',
		value: 'call.started',
		description: 'The first participant joined a call',
	},
	{ name: 'Call Ended', value: 'call.ended', description: 'A call ended' },
	{
		name: 'Participant Joined',
		value: 'participant.joined',
		description: 'A participant joined a call',
	},
	{ name: 'Participant Left', value: 'participant.left', description: 'A participant left a call' },
	{
		name: 'Participant Reconnected',
		value: 'participant.reconnected',
		description: 'A participant reconnected after losing the connection',
	},
	{
		name: 'Participant Disconnected',
		value: 'participant.disconnected',
		description: 'A participant lost the connection',
	},
];

/** How a delivery proves itself and which events it carries. */
const VIDEOCHAMADA: trigger.TriggerProvider = {
	credential: 'videochamadaApi',
	mapping: eventMapping,
	isAuthentic,
	events: deliveredEvents,
};

export class VideochamadaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Videochamada.com.br Trigger',
		name: 'videochamadaTrigger',
		icon: { light: 'file:videochamada.svg', dark: 'file:videochamada.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.eventsSubtitle(EVENTS),
		description:
			'Starts the workflow when a videochamada.com.br call starts or ends, or participants join or leave',
		defaults: { name: 'Videochamada.com.br Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'videochamadaApi', required: true }],
		webhooks: [trigger.DELIVERY_WEBHOOK],
		properties: trigger.properties({
			setup:
				"videochamada.com.br has no API to register webhooks. In its dashboard, open Webhooks → \"+ Novo Webhook\" (New Webhook), paste this node's Production URL, select the same events, and put the webhook's secret into the credential's Webhook Secret: each delivery must carry it.",
			events: EVENTS,
			defaultEvents: ['participant.joined', 'participant.left'],
		}),
	};

	webhookMethods = { default: trigger.MANUAL_WEBHOOK };

	async webhook(this: IWebhookFunctions) {
		return await trigger.receiveFrom(this, VIDEOCHAMADA);
	}
}
