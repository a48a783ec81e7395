import type {
	IDataObject,
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
import { hasValidSecret, normalizeEvent, withoutSecret } from './delivery';

const EVENT_OPTIONS = [
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

export class VideochamadaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Videochamada.com.br Trigger',
		name: 'videochamadaTrigger',
		icon: { light: 'file:videochamada.svg', dark: 'file:videochamada.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(EVENT_OPTIONS),
		description:
			'Starts the workflow when a videochamada.com.br call starts or ends, or participants join or leave',
		defaults: { name: 'Videochamada.com.br Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'videochamadaApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			setupNotice(
				"videochamada.com.br has no API to register webhooks. In its dashboard, open Webhooks → \"+ Novo Webhook\" (New Webhook), paste this node's Production URL, select the same events, and put the webhook's secret into the credential's Webhook Secret: each delivery must carry it.",
			),
			eventsParameter(EVENT_OPTIONS, ['participant.joined', 'participant.left']),
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
		const credentials = await this.getCredentials('videochamadaApi');
		const body = this.getBodyData() as IDataObject;
		return receive(
			this,
			providerEvents(this, eventMapping, {
				isAuthentic: () => hasValidSecret(body, String(credentials.webhookSecret ?? '')),
				events: () => [{ type: normalizeEvent(body.event), json: withoutSecret(body) }],
			}),
		);
	}
}
