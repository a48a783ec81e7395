import type { IDataObject } from 'n8n-workflow';

import { PagecallTrigger } from '../../nodes/Pagecall/PagecallTrigger.node';
import { callWebhook } from '../kit/harness';
import { pagecallCredentials } from './fixtures';

const SHARED_VALUE = 'whsec-3b0f0e6c9d2a';
const trigger = new PagecallTrigger();
const credentials = (webhookSecret: string) =>
	pagecallCredentials('http://127.0.0.1:9/v1', { apiToken: 't', webhookSecret });

/** The payload of a delivery exactly as Pagecall documents it. */
const PAYLOAD = {
	roomId: '000585f36eed9e8fb6b655b4',
	userId: 'external_user_102932',
	memberId: '642d103ce95bc9dc22ef789f',
	sessionId: '642d1049e95bc9dc22ef78a3',
	sessionsCount: 2,
	membersCount: 3,
	timestamp: '2022-05-31T12:38:15.059Z',
};
const delivery = (action: string, extra: IDataObject = {}) =>
	JSON.stringify({ action, payload: { ...PAYLOAD, ...extra } });

const deliver = (
	rawBody: string,
	headers: Record<string, string>,
	opts: { secret?: string; events?: string[]; skip?: boolean } = {},
) =>
	callWebhook(
		trigger,
		{
			credentials: credentials(opts.secret ?? SHARED_VALUE),
			parameters: {
				events: opts.events ?? ['sessionJoined', 'sessionLeft'],
				options: { outputFormat: 'raw', ...(opts.skip ? { skipSignatureVerification: true } : {}) },
			},
		},
		{ rawBody, headers: { 'content-type': 'application/json', ...headers } },
	);

describe('Pagecall Trigger', () => {
	it('starts one run with the payload and the action when X-Webhook-Secret matches', async () => {
		const res = await deliver(delivery('sessionJoined'), { 'X-Webhook-Secret': SHARED_VALUE });
		expect([res.answered, res.body]).toEqual([true, { received: true, started: true }]);
		expect(res.result.workflowData).toEqual([
			[
				{
					json: { action: 'sessionJoined', ...PAYLOAD },
				},
			],
		]);
	});

	it('handles sessionLeft without the optional userId', async () => {
		const res = await deliver(delivery('sessionLeft', { userId: undefined }), {
			'x-webhook-secret': SHARED_VALUE,
		});
		const items = res.result.workflowData?.[0] ?? [];
		expect(items).toHaveLength(1);
		expect(items[0].json.action).toBe('sessionLeft');
		expect(items[0].json).not.toHaveProperty('userId');
	});

	it.each([
		['a wrong secret', { 'X-Webhook-Secret': `${SHARED_VALUE}x` }],
		['a prefix of the secret', { 'X-Webhook-Secret': SHARED_VALUE.slice(0, -1) }],
		['no header', {}],
		['an empty header', { 'X-Webhook-Secret': '' }],
	])('answers 401 and starts no run for %s', async (_case, headers) => {
		const res = await deliver(delivery('sessionJoined'), headers);
		expect(res).toMatchObject({ status: 401, answered: true, result: { noWebhookResponse: true } });
		expect(res.result.workflowData).toBeUndefined();
	});

	it('answers 401 when the credential has no webhook secret, whatever the header says', async () => {
		const res = await deliver(
			delivery('sessionJoined'),
			{ 'X-Webhook-Secret': '' },
			{ secret: '' },
		);
		expect(res.status).toBe(401);
		expect(res.result.workflowData).toBeUndefined();
	});

	it('runs without the secret only when Skip Signature Verification is on', async () => {
		const res = await deliver(delivery('sessionJoined'), {}, { secret: '', skip: true });
		expect(res.result.workflowData?.[0]).toHaveLength(1);
	});

	it('acknowledges an authentic delivery of an unselected event with 200 and no run', async () => {
		const res = await deliver(
			delivery('sessionLeft'),
			{ 'X-Webhook-Secret': SHARED_VALUE },
			{ events: ['sessionJoined'] },
		);
		expect(res).toMatchObject({
			status: 200,
			answered: true,
			body: { received: true, started: false },
		});
		expect(res.result.workflowData).toBeUndefined();
	});

	it('declares the contract: POST webhook "webhook", both events selected by default, same credential', () => {
		const d = trigger.description;
		expect(d.inputs).toEqual([]);
		expect(d.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST', path: 'webhook' }),
		]);
		const events = d.properties.find((p) => p.name === 'events');
		expect(events?.default).toEqual(['sessionJoined', 'sessionLeft']);
		expect(d.credentials).toEqual([{ name: 'pagecallApi', required: true }]);
	});
});
