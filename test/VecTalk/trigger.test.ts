import type { IDataObject } from 'n8n-workflow';

import { isHubSignatureValid } from '../../nodes/VecTalk/signature';
import { VecTalkTrigger } from '../../nodes/VecTalk/VecTalkTrigger.node';
import { hmac } from '../../nodes/shared/webhook';
import { callWebhook } from '../kit/harness';
import {
	connectCall,
	metadata,
	terminateCall,
	VERIFY_TOKEN,
	WEBHOOK_SECRET,
	vecTalkCredentials,
} from './fixtures';

const node = new VecTalkTrigger();
const setup = (parameters: IDataObject = {}, data: Record<string, string> = {}) => ({
	credentials: vecTalkCredentials('http://127.0.0.1:1', data),
	parameters: { events: ['connect', 'terminate'], options: { outputFormat: 'raw' }, ...parameters },
});

const connect = connectCall('wacid.CONNECT1', 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n');
const terminate = terminateCall('wacid.TERM2', {
	start_time: '1771000010',
	end_time: '1771000100',
});
const envelope = {
	object: 'whatsapp_business_account',
	entry: [
		{
			id: 'WABA-1',
			changes: [
				{
					field: 'calls',
					value: {
						messaging_product: 'whatsapp',
						metadata,
						contacts: [{ profile: { name: 'Ana' }, wa_id: '5511999990000' }],
						calls: [connect],
					},
				},
			],
		},
		{
			id: 'WABA-1',
			changes: [
				{
					field: 'messages',
					value: { messaging_product: 'whatsapp', metadata, messages: [{ id: 'wamid.1' }] },
				},
				{
					field: 'calls',
					value: {
						messaging_product: 'whatsapp',
						metadata,
						contacts: [{ profile: { name: 'Bruno' }, wa_id: '5511988880000' }],
						calls: [terminate],
					},
				},
			],
		},
	],
};

/** A delivery as Meta sends it: the raw bytes and their X-Hub-Signature-256. */
const signed = (payload: unknown, secret = WEBHOOK_SECRET, raw = JSON.stringify(payload)) => ({
	rawBody: raw,
	headers: {
		'content-type': 'application/json',
		'x-hub-signature-256': `sha256=${hmac('sha256', secret, raw, 'hex')}`,
	},
});

describe('X-Hub-Signature-256', () => {
	it('matches the check value from API-NOTES (key "secret", message "test")', () => {
		const check = '0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914';
		expect(hmac('sha256', 'secret', 'test', 'hex')).toBe(check);
		expect(
			isHubSignatureValid({
				header: `sha256=${check}`,
				rawBody: Buffer.from('test'),
				secret: 'secret',
			}),
		).toBe(true);
		expect(
			isHubSignatureValid({ header: check, rawBody: Buffer.from('test'), secret: 'secret' }),
		).toBe(false);
		expect(
			isHubSignatureValid({
				header: `sha256=${check}`,
				rawBody: Buffer.from('test '),
				secret: 'secret',
			}),
		).toBe(false);
		expect(
			isHubSignatureValid({ header: `sha256=${check}`, rawBody: Buffer.from('test'), secret: '' }),
		).toBe(false);
		expect(
			isHubSignatureValid({ header: undefined, rawBody: Buffer.from('test'), secret: 'secret' }),
		).toBe(false);
	});
});

describe('VecTalk Trigger deliveries', () => {
	it('starts one run with one item per call event, with metadata, contact and WABA id', async () => {
		const res = await callWebhook(node, setup(), signed(envelope));
		expect([res.answered, res.body]).toEqual([true, { received: true, started: true }]);
		expect(res.result.workflowData).toEqual([
			[
				{
					json: {
						...connect,
						metadata,
						contact: { profile: { name: 'Ana' }, wa_id: '5511999990000' },
						wabaId: 'WABA-1',
					},
				},
				{
					json: {
						...terminate,
						metadata,
						contact: { profile: { name: 'Bruno' }, wa_id: '5511988880000' },
						wabaId: 'WABA-1',
					},
				},
			],
		]);
	});

	it('verifies the raw bytes, not a re-serialised body', async () => {
		const raw = `{ "object": "whatsapp_business_account", "entry": [{"id":"WABA-1","changes":[{"field":"calls","value":{"metadata":{"phone_number_id":"1"},"calls":[{"id":"wacid.\\u00e9","event":"connect","from":"1"}]}}]}] }`;
		const ok = await callWebhook(node, setup(), signed(null, WEBHOOK_SECRET, raw));
		expect(ok.result.workflowData?.[0]).toHaveLength(1);
		expect(ok.result.workflowData?.[0][0].json.id).toBe('wacid.é');
		const reserialised = await callWebhook(node, setup(), {
			rawBody: raw,
			headers: {
				'x-hub-signature-256': `sha256=${hmac('sha256', WEBHOOK_SECRET, JSON.stringify(JSON.parse(raw)), 'hex')}`,
			},
		});
		expect(reserialised.status).toBe(401);
	});

	it.each([
		['a wrong secret', signed(envelope, 'not-the-secret')],
		[
			'no signature header',
			{ rawBody: JSON.stringify(envelope), headers: { 'content-type': 'application/json' } },
		],
		[
			'a signature without the sha256= prefix',
			{
				rawBody: JSON.stringify(envelope),
				headers: {
					'x-hub-signature-256': hmac('sha256', WEBHOOK_SECRET, JSON.stringify(envelope), 'hex'),
				},
			},
		],
		[
			'a body changed after signing',
			{ ...signed(envelope), rawBody: JSON.stringify({ ...envelope, object: 'x' }) },
		],
	])('answers 401 and starts no run for %s', async (_, call) => {
		const res = await callWebhook(node, setup(), call);
		expect(res.status).toBe(401);
		expect(res.answered).toBe(true);
		expect(res.result.workflowData).toBeUndefined();
		expect(JSON.stringify(res.body)).not.toContain(WEBHOOK_SECRET);
	});

	it('refuses every delivery when the credential has no webhook secret', async () => {
		const res = await callWebhook(node, setup({}, { webhookSecret: '' }), signed(envelope, ''));
		expect(res.status).toBe(401);
		expect(res.result.workflowData).toBeUndefined();
	});

	it('answers 200 and starts no run for an unselected event or another webhook field', async () => {
		const onlyTerminate = await callWebhook(
			node,
			setup({ events: ['terminate'] }),
			signed({ ...envelope, entry: [envelope.entry[0]] }),
		);
		expect(onlyTerminate).toMatchObject({
			status: 200,
			answered: true,
			body: { received: true, started: false },
		});
		const messages = {
			object: 'whatsapp_business_account',
			entry: [{ id: 'W', changes: [envelope.entry[1].changes[0]] }],
		};
		const other = await callWebhook(node, setup(), signed(messages));
		expect(other).toMatchObject({ status: 200, answered: true });
		expect(other.result.workflowData).toBeUndefined();
	});

	it('keeps only the selected events of a mixed delivery', async () => {
		const res = await callWebhook(node, setup({ events: ['terminate'] }), signed(envelope));
		expect(res.result.workflowData?.[0].map((i) => i.json.id)).toEqual(['wacid.TERM2']);
	});

	it('accepts an unsigned delivery only with Skip Signature Verification', async () => {
		const res = await callWebhook(
			node,
			setup({ options: { outputFormat: 'raw', skipSignatureVerification: true } }),
			{ rawBody: JSON.stringify(envelope) },
		);
		expect(res.result.workflowData?.[0]).toHaveLength(2);
	});
});

describe('VecTalk Trigger subscription handshake (GET)', () => {
	const handshake = (query: IDataObject, data: Record<string, string> = {}) =>
		callWebhook(node, setup({}, data), { method: 'GET', webhookName: 'setup', query });

	it('echoes hub.challenge as plain text when the verify token matches', async () => {
		const res = await handshake({
			'hub.mode': 'subscribe',
			'hub.verify_token': VERIFY_TOKEN,
			'hub.challenge': '1158201444',
		});
		expect(res).toMatchObject({ status: 200, answered: true, body: '1158201444' });
		expect(res.result).toEqual({ noWebhookResponse: true });
	});

	it('also reads the query when it was parsed into a nested hub object', async () => {
		const res = await handshake({
			hub: { mode: 'subscribe', verify_token: VERIFY_TOKEN, challenge: 'abc' },
		});
		expect(res.body).toBe('abc');
	});

	it.each<[string, IDataObject, Record<string, string>]>([
		[
			'a wrong verify token',
			{ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': 'c' },
			{},
		],
		[
			'a verify token of another length',
			{ 'hub.mode': 'subscribe', 'hub.verify_token': `${VERIFY_TOKEN}x`, 'hub.challenge': 'c' },
			{},
		],
		[
			'a mode other than subscribe',
			{ 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': 'c' },
			{},
		],
		['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN }, {}],
		[
			'no verify token in the credential',
			{ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': 'c' },
			{ verifyToken: '' },
		],
	])('answers 403 and starts no run for %s', async (_, query, data) => {
		const res = await handshake(query, data);
		expect(res.status).toBe(403);
		expect(res.result.workflowData).toBeUndefined();
		expect(JSON.stringify(res.body)).not.toContain(VERIFY_TOKEN);
	});
});

describe('VecTalk Trigger lifecycle', () => {
	it('declares the POST delivery and the GET handshake on the same path', () => {
		expect(node.description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST', path: 'webhook' }),
			expect.objectContaining({ name: 'setup', httpMethod: 'GET', path: 'webhook' }),
		]);
		expect(Object.keys(node.webhookMethods)).toEqual(['default', 'setup']);
	});
});
