import type { IDataObject, INodeType } from 'n8n-workflow';

import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import { TwilioConferenceApi } from '../../credentials/TwilioConferenceApi.credentials';
import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { PagecallTrigger } from '../../nodes/Pagecall/PagecallTrigger.node';
import { hmac } from '../../nodes/shared/webhook';
import { twilioSignature } from '../../nodes/TwilioConference/signature';
import { TwilioConferenceTrigger } from '../../nodes/TwilioConference/TwilioConferenceTrigger.node';
import { VecTalkTrigger } from '../../nodes/VecTalk/VecTalkTrigger.node';
import { VideochamadaTrigger } from '../../nodes/Videochamada/VideochamadaTrigger.node';
import { WherebyTrigger } from '../../nodes/Whereby/WherebyTrigger.node';
import type { NodeSetup, WebhookCall } from '../kit/harness';
import { WEBHOOK_BASE_URL } from '../kit/harness';
import { credential } from '../kit/mockApi';
import { ACCOUNT } from '../TwilioConference/fixtures';
import { wherebySignature } from '../Whereby/sign';

const SHARED = ['trigger', 'shared', 'value'].join('-');
const json = { 'content-type': 'application/json' };

/**
 * Every trigger with its credential, one selected event, and how to deliver an event authentically:
 * `deliver(fields)` signs a delivery of one event of the selected type carrying `fields`.
 */
export interface TriggerCase {
	name: string;
	node: INodeType;
	setup(options?: IDataObject): NodeSetup;
	/** A delivery of one selected event carrying `fields`, signed (or not) as the provider does */
	deliver(fields: IDataObject, signed?: boolean): WebhookCall;
	/** Signs arbitrary JSON bytes (JSON providers only) */
	signJson?(raw: string): WebhookCall;
}

const setupWith =
	(credentials: NodeSetup['credentials'], events: string[]) =>
	(options: IDataObject = {}) => ({
		credentials,
		parameters: { events, options },
	});

export const TRIGGERS: TriggerCase[] = [
	{
		name: 'Whereby',
		node: new WherebyTrigger(),
		setup: setupWith(credential(new WherebyApi(), { apiKey: 'k', webhookSecret: SHARED }), [
			'room.client.joined',
		]),
		deliver(fields, signed = true) {
			return this.signJson!(
				JSON.stringify({ type: 'room.client.joined', data: { roomName: '/r' }, ...fields }),
				signed,
			);
		},
		signJson: (raw: string, signed = true) => ({
			rawBody: raw,
			headers: {
				...json,
				...(signed
					? { 'whereby-signature': wherebySignature(SHARED, Math.floor(Date.now() / 1000), raw) }
					: {}),
			},
		}),
	} as TriggerCase & { signJson(raw: string, signed?: boolean): WebhookCall },
	{
		name: 'Pagecall',
		node: new PagecallTrigger(),
		setup: setupWith(credential(new PagecallApi(), { apiToken: 't', webhookSecret: SHARED }), [
			'sessionJoined',
		]),
		deliver(fields, signed = true) {
			return this.signJson!(
				JSON.stringify({ action: 'sessionJoined', payload: { roomId: 'r1', ...fields } }),
				signed,
			);
		},
		signJson: (raw: string, signed = true) => ({
			rawBody: raw,
			headers: { ...json, ...(signed ? { 'x-webhook-secret': SHARED } : {}) },
		}),
	} as TriggerCase & { signJson(raw: string, signed?: boolean): WebhookCall },
	{
		name: 'videochamada.com.br',
		node: new VideochamadaTrigger(),
		setup: setupWith(credential(new VideochamadaApi(), { apiToken: 't', webhookSecret: SHARED }), [
			'participant.joined',
		]),
		deliver: (fields, signed = true) => ({
			rawBody: JSON.stringify({
				event: 'participant.joined',
				call: { id: '1' },
				...fields,
				...(signed ? { secret: SHARED } : {}),
			}),
			headers: json,
		}),
	},
	{
		name: 'VecTalk',
		node: new VecTalkTrigger(),
		setup: setupWith(
			credential(new VecTalkApi(), { apiToken: 't', webhookSecret: SHARED, verifyToken: 'v' }),
			['terminate'],
		),
		deliver(fields, signed = true) {
			const call = { id: 'c1', event: 'terminate', ...fields };
			const envelope = {
				object: 'whatsapp_business_account',
				entry: [{ id: 'w1', changes: [{ field: 'calls', value: { calls: [call] } }] }],
			};
			return this.signJson!(JSON.stringify(envelope), signed);
		},
		signJson: (raw: string, signed = true) => ({
			rawBody: raw,
			headers: {
				...json,
				...(signed
					? { 'x-hub-signature-256': `sha256=${hmac('sha256', SHARED, raw, 'hex')}` }
					: {}),
			},
		}),
	} as TriggerCase & { signJson(raw: string, signed?: boolean): WebhookCall },
	{
		name: 'Twilio',
		node: new TwilioConferenceTrigger(),
		setup: setupWith(
			credential(new TwilioConferenceApi(), {
				accountSid: ACCOUNT,
				authType: 'authToken',
				authToken: SHARED,
			}),
			['participant-join'],
		),
		deliver(fields, signed = true) {
			const params: Array<[string, string]> = [
				['AccountSid', ACCOUNT],
				['StatusCallbackEvent', 'participant-join'],
				...Object.entries(fields).map(([k, v]): [string, string] => [
					k,
					typeof v === 'string' ? v : JSON.stringify(v),
				]),
			];
			const signature = signed
				? twilioSignature(SHARED, `${WEBHOOK_BASE_URL}/test-webhook-id/webhook`, params)
				: '';
			return {
				rawBody: new URLSearchParams(params).toString(),
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'x-twilio-signature': signature,
				},
			};
		},
	},
];
