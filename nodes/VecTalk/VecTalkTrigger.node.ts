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
	answer,
	eventsParameter,
	eventsSubtitle,
	forgetWebhook,
	rawBody,
	receive,
	rememberWebhook,
	setupNotice,
	triggerOptions,
	webhookExists,
} from '../shared/webhook';
import { callEvents } from './events';
import { eventMapping } from './normalize';
import { isHubSignatureValid, subscriptionChallenge } from './signature';

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

export class VecTalkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VecTalk Trigger',
		name: 'vecTalkTrigger',
		icon: { light: 'file:vectalk.svg', dark: 'file:vectalk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(EVENTS),
		description:
			'Starts the workflow on WhatsApp call events (connect, terminate) delivered through VecTalk',
		defaults: { name: 'VecTalk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'vecTalkApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			setupNotice(
				"VecTalk has no API to register webhooks. Where the WhatsApp \"calls\" webhook is configured, paste this node's Production URL as the callback URL and the credential's Verify Token as the verify token; the signing secret goes into the credential's Webhook Secret.",
			),
			eventsParameter(EVENTS, ['connect', 'terminate']),
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
		// The handshake shares the URL of `default`: nothing to register or record on its own.
		setup: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('vecTalkApi');
		if (this.getWebhookName() === 'setup') {
			const challenge = subscriptionChallenge(
				this.getQueryData() as Record<string, unknown>,
				String(credentials.verifyToken ?? ''),
			);
			if (challenge === undefined)
				return answer(this, 403, { message: 'Forbidden: hub.verify_token does not match' });
			// Plain text, so the echoed challenge can never be rendered as markup.
			this.getResponseObject().status(200).type('text/plain').send(challenge);
			return { noWebhookResponse: true };
		}
		return receive(
			this,
			providerEvents(this, eventMapping, {
				isAuthentic: () =>
					isHubSignatureValid({
						header: this.getHeaderData()['x-hub-signature-256'],
						rawBody: rawBody(this),
						secret: String(credentials.webhookSecret ?? ''),
					}),
				events: () => callEvents(this.getBodyData()),
			}),
		);
	}
}
