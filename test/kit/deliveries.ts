import type { IDataObject, INodeType } from 'n8n-workflow';

import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { PagecallTrigger } from '../../nodes/Pagecall/PagecallTrigger.node';
import { hmac } from '../../nodes/shared/webhook';
import { twilioSignature } from '../../nodes/TwilioConference/signature';
import { TwilioConferenceTrigger } from '../../nodes/TwilioConference/TwilioConferenceTrigger.node';
import { VecTalkTrigger } from '../../nodes/VecTalk/VecTalkTrigger.node';
import { VideochamadaTrigger } from '../../nodes/Videochamada/VideochamadaTrigger.node';
import { WherebyTrigger } from '../../nodes/Whereby/WherebyTrigger.node';
import { twilioCredentials } from '../TwilioConference/fixtures';
import { vecTalkCredentials } from '../VecTalk/fixtures';
import { wherebySignature } from '../Whereby/sign';
import type { NodeSetup, WebhookCall } from './harness';
import { callWebhook, WEBHOOK_BASE_URL } from './harness';
import type { Credentials } from './mockApi';
import { credential } from './mockApi';

/** The deliveryId of a provider without event ids: the digest of the event. */
export const DIGEST = expect.stringMatching(/^sha256:[0-9a-f]{64}$/);

export type TriggerProvider =
	| 'whereby'
	| 'twilioConference'
	| 'pagecall'
	| 'videochamada'
	| 'vecTalk';

export const SECRET = 'deliveries-test-secret';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = { 'content-type': 'application/json' };

/** A JSON delivery of `rawBody`, with the header `header(secret)` when signed. */
const jsonWith =
	(header: (secret: string, rawBody: string) => Record<string, string>) =>
	(rawBody: string, secret?: string): WebhookCall => ({
		rawBody,
		headers: { ...JSON_TYPE, ...(secret === undefined ? {} : header(secret, rawBody)) },
	});

export interface TriggerUnderTest {
	node: INodeType;
	/** A credential whose webhook secret is SECRET */
	credentials: Credentials;
	/**
	 * The request a provider sends for `body` (an object; Twilio's is its form parameters), signed
	 * with `secret` as the provider signs it, or unsigned without one
	 */
	request(body: IDataObject, secret?: string): WebhookCall;
	/** JSON providers that sign in a header: the request for the raw JSON bytes `rawBody` */
	signJson?(rawBody: string, secret?: string): WebhookCall;
}

const signedJson = (
	trigger: Omit<TriggerUnderTest, 'request'> & Required<Pick<TriggerUnderTest, 'signJson'>>,
): TriggerUnderTest => ({
	...trigger,
	request: (body, secret) => trigger.signJson(JSON.stringify(body), secret),
});

/** The five triggers, each with a credential and the provider's own way of proving a delivery. */
export const TRIGGERS: Record<TriggerProvider, TriggerUnderTest> = {
	whereby: signedJson({
		node: new WherebyTrigger(),
		credentials: credential(new WherebyApi(), { apiKey: 'k', webhookSecret: SECRET }),
		signJson: jsonWith((secret, rawBody) => ({
			'whereby-signature': wherebySignature(secret, Math.floor(Date.now() / 1000), rawBody),
		})),
	}),
	twilioConference: {
		node: new TwilioConferenceTrigger(),
		credentials: twilioCredentials('https://api.twilio.com', { authToken: SECRET }),
		request: (body, secret) => {
			const params = Object.entries(body).map(([k, v]) => [k, String(v)] as [string, string]);
			const url = `${WEBHOOK_BASE_URL}/test-webhook-id/webhook`;
			return {
				rawBody: new URLSearchParams(params).toString(),
				headers: {
					'content-type': FORM,
					'x-twilio-signature': secret === undefined ? '' : twilioSignature(secret, url, params),
				},
			};
		},
	},
	pagecall: signedJson({
		node: new PagecallTrigger(),
		credentials: credential(new PagecallApi(), { apiToken: 't', webhookSecret: SECRET }),
		signJson: jsonWith((secret) => ({ 'x-webhook-secret': secret })),
	}),
	videochamada: {
		node: new VideochamadaTrigger(),
		credentials: credential(new VideochamadaApi(), { apiToken: 't', webhookSecret: SECRET }),
		request: (body, secret) => ({
			rawBody: JSON.stringify({ ...body, ...(secret === undefined ? {} : { secret }) }),
			headers: JSON_TYPE,
		}),
	},
	vecTalk: signedJson({
		node: new VecTalkTrigger(),
		credentials: vecTalkCredentials('http://127.0.0.1:1', { webhookSecret: SECRET }),
		signJson: jsonWith((secret, rawBody) => ({
			'x-hub-signature-256': `sha256=${hmac('sha256', secret, rawBody, 'hex')}`,
		})),
	}),
};

export interface DeliverOptions {
	events: string[];
	options?: IDataObject;
	/** The workflow's static data; pass the same object to deliver several times to one trigger */
	staticData?: IDataObject;
	/** Sign with another secret (a forged delivery) */
	forged?: boolean;
}

/** Delivers `body` to `provider`'s trigger, signed as that provider signs it. */
export async function deliverTo(
	provider: TriggerProvider,
	body: IDataObject,
	opts: DeliverOptions,
) {
	const trigger = TRIGGERS[provider];
	const setup: NodeSetup = {
		credentials: trigger.credentials,
		parameters: { events: opts.events, options: opts.options ?? {} },
		staticData: opts.staticData,
	};
	const res = await callWebhook(
		trigger.node,
		setup,
		trigger.request(body, opts.forged ? `${SECRET}-forged` : SECRET),
	);
	return { ...res, items: res.result.workflowData?.[0]?.map((item) => item.json) ?? [] };
}
