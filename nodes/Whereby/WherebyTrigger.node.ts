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
	deliveredText,
	eventsParameter,
	eventsSubtitle,
	forgetWebhook,
	numberOption,
	rawBody,
	receive,
	rememberWebhook,
	setupNotice,
	triggerOptions,
	webhookExists,
} from '../shared/webhook';
import { eventMapping } from './normalize';
import { isWherebySignatureValid } from './signature';

const EVENTS = [
	{
		name: 'Participant Joined',
		value: 'room.client.joined',
		description: 'A participant joined a room',
	},
	{ name: 'Participant Left', value: 'room.client.left', description: 'A participant left a room' },
	{
		name: 'Participant Knocked',
		value: 'room.client.knocked',
		description: 'Someone knocked on a locked room',
	},
	{
		name: 'Knock Cancelled',
		value: 'room.client.knockCancelled',
		description: 'Someone stopped knocking',
	},
	{
		name: 'Session Started',
		value: 'room.session.started',
		description: 'At least two participants are in the room',
	},
	{
		name: 'Session Ended',
		value: 'room.session.ended',
		description: 'Fewer than two participants remained for a while',
	},
	{
		name: 'Recording Finished',
		value: 'recording.finished',
		description: 'A cloud recording was uploaded',
	},
	{
		name: 'Transcription Started',
		value: 'transcription.started',
		description: 'A transcription started',
	},
	{
		name: 'Transcription Finished',
		value: 'transcription.finished',
		description: 'A transcription is ready',
	},
	{
		name: 'Transcription Failed',
		value: 'transcription.failed',
		description: 'A transcription failed',
	},
	{
		name: 'Assistant Requested',
		value: 'assistant.requested',
		description: 'A host invited a Whereby Assistant',
	},
];

export class WherebyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Whereby Trigger',
		name: 'wherebyTrigger',
		icon: { light: 'file:whereby.svg', dark: 'file:whereby.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(EVENTS),
		description:
			'Starts the workflow when participants join or leave a Whereby room, and on other Whereby events',
		defaults: { name: 'Whereby Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wherebyApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			setupNotice(
				'Whereby has no API to register webhooks. In the Whereby Embedded dashboard, open "Configure" → "Webhooks", add this node\'s Production URL, select the same events, and copy the signing secret into the credential\'s Webhook Secret.',
			),
			eventsParameter(EVENTS, ['room.client.joined', 'room.client.left']),
			triggerOptions([
				{
					displayName: 'Tolerance (Seconds)',
					name: 'toleranceSeconds',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 300,
					description: 'How old a signed delivery may be before it is refused as a replay',
				},
			]),
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
		const credentials = await this.getCredentials('wherebyApi');
		const toleranceSeconds = numberOption(this, 'options.toleranceSeconds', 300);
		return receive(
			this,
			providerEvents(this, eventMapping, {
				isAuthentic: () =>
					isWherebySignatureValid({
						header: this.getHeaderData()['whereby-signature'],
						rawBody: rawBody(this),
						secret: String(credentials.webhookSecret ?? ''),
						toleranceSeconds,
					}),
				events: () => {
					const body = this.getBodyData() as IDataObject;
					return [{ type: deliveredText(body.type), json: body }];
				},
			}),
		);
	}
}
