import type { IDataObject } from 'n8n-workflow';

import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { isWherebySignatureValid } from '../../nodes/Whereby/signature';
import { WherebyTrigger } from '../../nodes/Whereby/WherebyTrigger.node';
import type { NodeSetup } from '../kit/harness';
import { callWebhook } from '../kit/harness';
import { credential } from '../kit/mockApi';
import { wherebySignature } from './sign';

const trigger = new WherebyTrigger();
const SECRET = 'whsec_live_example';
const now = () => Math.floor(Date.now() / 1000);

// The check value of API-NOTES.md §A (self-computed, not from Whereby).
const VECTOR = {
	secret: 'whsec_test_secret',
	t: 1606227791,
	body: '{"id":"evt1","apiVersion":"1.0","createdAt":"2021-01-21T16:29:59.681Z","type":"room.client.joined","data":{"meetingId":"134","roomName":"/room","subdomain":"example"}}',
	v1: '739bd0c021f17069f4fdb66842865b9510ff6f5af12d1c845300bfc0b44ec20a',
};

const event = (type = 'room.client.joined', data: IDataObject = {}) =>
	JSON.stringify({
		id: 'evt_1',
		apiVersion: '1.0',
		createdAt: '2026-01-21T16:29:59.681Z',
		type,
		data: {
			meetingId: '134',
			roomName: '/room',
			subdomain: 'example',
			displayName: 'Alice',
			...data,
		},
	});

function setup(
	options: IDataObject = {},
	secret: string | undefined = SECRET,
	events = ['room.client.joined', 'room.client.left'],
): NodeSetup {
	return {
		parameters: { events, options: { outputFormat: 'raw', ...options } },
		credentials: credential(new WherebyApi(), {
			apiKey: 'key',
			...(secret === undefined ? {} : { webhookSecret: secret }),
		}),
	};
}

async function deliver(rawBody: string, signature: string | undefined, s = setup()) {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (signature !== undefined) headers['Whereby-Signature'] = signature;
	return await callWebhook(trigger, s, { rawBody, headers });
}

const runs = (r: Awaited<ReturnType<typeof deliver>>) =>
	r.result.workflowData?.[0]?.map((i) => i.json) ?? [];

describe('Whereby signature', () => {
	it('matches the check value of API-NOTES.md', () => {
		expect(wherebySignature(VECTOR.secret, VECTOR.t, VECTOR.body)).toBe(
			`t=${VECTOR.t},v1=${VECTOR.v1}`,
		);
		const check = (header: string, now = VECTOR.t * 1000) =>
			isWherebySignatureValid({
				header,
				rawBody: Buffer.from(VECTOR.body),
				secret: VECTOR.secret,
				toleranceSeconds: 300,
				now,
			});
		expect(check(`t=${VECTOR.t},v1=${VECTOR.v1}`)).toBe(true);
		expect(check(`t=${VECTOR.t}, v1=${VECTOR.v1}`)).toBe(true);
		expect(check(`t=${VECTOR.t},v1=${VECTOR.v1}`, (VECTOR.t + 301) * 1000)).toBe(false);
		expect(check(`t=${VECTOR.t + 1},v1=${VECTOR.v1}`)).toBe(false);
		expect(check(`t=${VECTOR.t},v1=${VECTOR.v1.toUpperCase()}`)).toBe(false);
		expect(check(`v1=${VECTOR.v1}`)).toBe(false);
		expect(check(`t=abc,v1=${VECTOR.v1}`)).toBe(false);
	});
});

describe('Whereby Trigger webhook', () => {
	it('a validly signed delivery starts one run with the event as its item', async () => {
		const body = event();
		const result = await deliver(body, wherebySignature(SECRET, now(), body));
		expect([result.answered, result.body]).toEqual([true, { received: true, started: true }]);
		expect(runs(result)).toEqual([JSON.parse(body)]);
	});

	it('verifies the raw bytes, not a re-serialisation of the parsed body', async () => {
		const body = `{ "id": "evt_2",\n  "type": "room.client.left", "data": { "roomName": "/room", "displayName": "Zoë" } }`;
		const result = await deliver(body, wherebySignature(SECRET, now(), body));
		expect(runs(result)).toEqual([JSON.parse(body)]);
	});

	it.each([
		[
			'a signature made with another secret',
			(b: string) => wherebySignature('whsec_wrong', now(), b),
		],
		[
			'a signature of another body',
			() =>
				wherebySignature(SECRET, now(), event('room.client.joined', { displayName: 'Mallory' })),
		],
		[
			'a signature older than the tolerance',
			(b: string) => wherebySignature(SECRET, now() - 301, b),
		],
		[
			'a signature from the future beyond the tolerance',
			(b: string) => wherebySignature(SECRET, now() + 301, b),
		],
		[
			'a truncated signature (wrong length)',
			(b: string) => wherebySignature(SECRET, now(), b).slice(0, -2),
		],
		[
			'a signature with extra characters (wrong length)',
			(b: string) => `${wherebySignature(SECRET, now(), b)}00`,
		],
		['an empty header', () => ''],
		[
			'a header without t',
			(b: string) => wherebySignature(SECRET, now(), b).replace(/^t=\d+,/, ''),
		],
		['no header at all', () => undefined],
	])('%s is answered 401 and starts no run', async (_, sign) => {
		const body = event();
		const result = await deliver(body, sign(body));
		expect(result.status).toBe(401);
		expect(result.answered).toBe(true);
		expect(result.result.workflowData).toBeUndefined();
	});

	it('honours the tolerance option: 100 s old passes by default, fails with toleranceSeconds 60', async () => {
		const body = event();
		const signature = wherebySignature(SECRET, now() - 100, body);
		expect(runs(await deliver(body, signature))).toHaveLength(1);
		const strict = await deliver(body, signature, setup({ toleranceSeconds: 60 }));
		expect(strict.status).toBe(401);
		expect(strict.result.workflowData).toBeUndefined();
	});

	it('without a webhook secret in the credential every delivery is refused', async () => {
		const body = event();
		for (const secret of [undefined, '']) {
			const result = await deliver(body, wherebySignature('', now(), body), setup({}, secret));
			expect(result.status).toBe(401);
			expect(result.result.workflowData).toBeUndefined();
		}
	});

	it('skipSignatureVerification runs unsigned deliveries', async () => {
		const body = event();
		const result = await deliver(body, undefined, setup({ skipSignatureVerification: true }));
		expect(runs(result)).toEqual([JSON.parse(body)]);
	});

	it('an authentic delivery of an unselected event is answered 200 and starts no run', async () => {
		const body = event('recording.finished', { recordingId: 'rec-1' });
		const result = await deliver(body, wherebySignature(SECRET, now(), body));
		expect(result.status).toBe(200);
		expect(result.answered).toBe(true);
		expect(result.body).toEqual({ received: true, started: false });
		expect(result.result.workflowData).toBeUndefined();
	});

	it('a forged delivery of an unselected event is still 401 (authenticity is checked first)', async () => {
		const body = event('recording.finished');
		const result = await deliver(body, wherebySignature('whsec_wrong', now(), body));
		expect(result.status).toBe(401);
	});

	it('the error answer never contains the secret', async () => {
		const body = event();
		const result = await deliver(body, 'garbage');
		expect(JSON.stringify(result.body)).not.toContain(SECRET);
	});
});
