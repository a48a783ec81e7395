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
	receive,
	rememberWebhook,
	setupNotice,
	triggerOptions,
	verifySignature,
	webhookExists,
} from '../shared/webhook';
import { eventMapping } from './normalize';

const EVENTS = [
	{ name: 'Session Joined', value: 'sessionJoined', description: 'A participant entered a room' },
	{ name: 'Session Left', value: 'sessionLeft', description: 'A participant left a room' },
];

export class PagecallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pagecall Trigger',
		name: 'pagecallTrigger',
		icon: { light: 'file:pagecall.svg', dark: 'file:pagecall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle(EVENTS),
		description: 'Starts the workflow when a participant joins or leaves a Pagecall room',
		defaults: { name: 'Pagecall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pagecallApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			setupNotice(
				'Pagecall has no webhook settings: each room gets its webhook when it is created. Use the Pagecall node\'s Room → Create with this node\'s Production URL as "Webhook URL" — with a Webhook Secret in the credential, it adds the X-Webhook-Secret header that this trigger checks. Rooms created elsewhere need webhook.headers {"X-Webhook-Secret": "the same secret"}.',
			),
			eventsParameter(EVENTS, ['sessionJoined', 'sessionLeft']),
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

	/** https://docs.pagecall.com/references/endpoints/Create_Room (Webhook) */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('pagecallApi');
		const secret = String(credentials.webhookSecret ?? '');
		return receive(
			this,
			providerEvents(this, eventMapping, {
				// Pagecall signs nothing: the secret header set at room creation is the only proof.
				isAuthentic: () =>
					secret !== '' &&
					verifySignature({ expected: secret, received: this.getHeaderData()['x-webhook-secret'] }),
				events: () => {
					const body = (this.getBodyData() ?? {}) as IDataObject;
					const payload =
						body.payload && typeof body.payload === 'object' ? (body.payload as IDataObject) : {};
					const action = deliveredText(body.action);
					return [{ type: action, json: { action, ...payload } }];
				},
			}),
		);
	}
}
