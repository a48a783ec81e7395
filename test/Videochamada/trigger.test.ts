import type { IDataObject } from 'n8n-workflow';

import { VideochamadaTrigger } from '../../nodes/Videochamada/VideochamadaTrigger.node';
import { callWebhook } from '../kit/harness';
import { videochamadaCredentials } from './fixtures';

const SHARED = ['vc', 'webhook', 'value', '123'].join('-');
const trigger = new VideochamadaTrigger();
const setup = (opts: { secret?: string; events?: string[]; skip?: boolean } = {}) => ({
	credentials: videochamadaCredentials('https://api.videochamada.com.br', {
		apiToken: 'tok',
		webhookSecret: opts.secret ?? SHARED,
	}),
	parameters: {
		events: opts.events ?? ['participant.joined', 'participant.left'],
		options: { outputFormat: 'raw', ...(opts.skip ? { skipSignatureVerification: true } : {}) },
	},
});
const payload = (event: string, secret?: string) => ({
	event,
	call: {
		id: '123',
		status: 'active',
		created: '2025-02-03T12:00:00Z',
		started: '2025-02-03T12:05:00Z',
		ended: null,
		project: { id: '456' },
	},
	data: { sessionId: 's1', username: 'Ana' },
	timestamp: '2025-02-03T12:05:00Z',
	...(secret === undefined ? {} : { secret }),
});
const deliver = (body: unknown, opts?: Parameters<typeof setup>[0]) =>
	callWebhook(trigger, setup(opts), {
		headers: { 'content-type': 'application/json' },
		rawBody: JSON.stringify(body),
	});

describe('videochamada trigger', () => {
	it('runs once for a selected event with the right secret, with the secret removed', async () => {
		const body = payload('participant.joined', SHARED);
		const res = await deliver(body);
		expect([res.answered, res.body]).toEqual([true, { received: true, started: true }]);
		const items = res.result.workflowData?.[0] ?? [];
		expect(items).toHaveLength(1);
		const expected: IDataObject = { ...body };
		delete expected.secret;
		expect(items[0].json).toEqual(expected);
		expect(JSON.stringify(res.result)).not.toContain(SHARED);
	});

	it.each([
		['a wrong secret', payload('participant.joined', `${SHARED}x`)],
		[
			'a secret that differs in one character',
			payload('participant.joined', SHARED.replace('3', '4')),
		],
		['no secret field', payload('participant.joined')],
		['a non-string secret', { ...payload('participant.joined'), secret: 123 }],
		['an empty secret', payload('participant.joined', '')],
		['a JSON array body', [payload('participant.joined', SHARED)]],
	])('answers 401 and starts no run for %s', async (_case, body) => {
		const res = await deliver(body);
		expect(res.status).toBe(401);
		expect(res.answered).toBe(true);
		expect(res.result.workflowData).toBeUndefined();
		expect(JSON.stringify(res.body)).not.toContain(SHARED);
	});

	it('answers 401 when the credential has no webhook secret, even to an empty secret', async () => {
		const res = await deliver(payload('participant.joined', ''), { secret: '' });
		expect(res.status).toBe(401);
		expect(res.result.workflowData).toBeUndefined();
	});

	it('with Skip Signature Verification accepts an unproven delivery and still drops the secret', async () => {
		const res = await deliver(payload('participant.left', 'whatever'), { secret: '', skip: true });
		const items = res.result.workflowData?.[0] ?? [];
		expect(items).toHaveLength(1);
		expect(items[0].json.secret).toBeUndefined();
		expect(items[0].json.event).toBe('participant.left');
	});

	it('answers 200 and starts no run for an authentic event that is not selected', async () => {
		const res = await deliver(payload('call.ended', SHARED));
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ received: true, started: false });
		expect(res.result.workflowData).toBeUndefined();
	});

	it.each([
		['participant_joined', 'participant.joined'],
		['participant_left', 'participant.left'],
		['participant_reconnected', 'participant.reconnected'],
		['disconnected', 'participant.disconnected'],
		['call_started', 'call.started'],
		['CALL_ENDED', 'call.ended'],
		['call.created', 'call.created'],
	])('accepts the spelling %s as %s, keeping the payload as sent', async (sent, selected) => {
		const res = await deliver(payload(sent, SHARED), { events: [selected] });
		const items = res.result.workflowData?.[0] ?? [];
		expect(items).toHaveLength(1);
		expect(items[0].json.event).toBe(sent);
	});

	it('does not match an underscore spelling to another event', async () => {
		const res = await deliver(payload('participant_joined', SHARED), {
			events: ['participant.left'],
		});
		expect(res.status).toBe(200);
		expect(res.result.workflowData).toBeUndefined();
	});
});
