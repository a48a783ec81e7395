import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from '../shared/trigger';
import { deliveredEvents, eventMapping } from './normalize';
import { isAuthentic, TOLERANCE_SECONDS } from './signature';

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

/** How a delivery proves itself and which events it carries. */
const WHEREBY: trigger.TriggerProvider = {
	credential: 'wherebyApi',
	mapping: eventMapping,
	isAuthentic,
	events: deliveredEvents,
};

export class WherebyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Whereby Trigger',
		name: 'wherebyTrigger',
		icon: { light: 'file:whereby.svg', dark: 'file:whereby.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.eventsSubtitle(EVENTS),
		description:
			'Starts the workflow when participants join or leave a Whereby room, and on other Whereby events',
		defaults: { name: 'Whereby Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wherebyApi', required: true }],
		webhooks: [trigger.DELIVERY_WEBHOOK],
		properties: trigger.properties({
			setup:
				'Whereby has no API to register webhooks. In the Whereby Embedded dashboard, open "Configure" → "Webhooks", add this node\'s Production URL, select the same events, and copy the signing secret into the credential\'s Webhook Secret.',
			events: EVENTS,
			defaultEvents: ['room.client.joined', 'room.client.left'],
			options: [
				{
					displayName: 'Tolerance (Seconds)',
					name: 'toleranceSeconds',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: TOLERANCE_SECONDS,
					description: 'How old a signed delivery may be before it is refused as a replay',
				},
			],
		}),
	};

	webhookMethods = { default: trigger.MANUAL_WEBHOOK };

	async webhook(this: IWebhookFunctions) {
		return await trigger.receiveFrom(this, WHEREBY);
	}
}
