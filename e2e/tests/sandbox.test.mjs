// The sandbox itself (no n8n): control endpoints, failure injection, Whereby behaviour and signing.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startSandbox } from '../sandbox/server.mjs';
import whereby from '../sandbox/providers/whereby.mjs';

let sb;
let W;
const H = { authorization: 'Bearer whereby-sandbox-key', 'content-type': 'application/json' };
const call = async (method, path, body, headers = H) => {
	const r = await fetch(W + path, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await r.text();
	return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : undefined };
};
const inOneHour = () => new Date(Date.now() + 3600e3).toISOString();

before(async () => {
	sb = await startSandbox();
	W = `${sb.url}/whereby/v1`;
});
after(() => sb.close());
beforeEach(() => sb.reset());

test('Whereby signer matches the check value in API-NOTES.md', () => {
	const body =
		'{"id":"evt1","apiVersion":"1.0","createdAt":"2021-01-21T16:29:59.681Z","type":"room.client.joined","data":{"meetingId":"134","roomName":"/room","subdomain":"example"}}';
	const { headers } = whereby.webhook.sign({
		payload: body,
		secret: 'whsec_test_secret',
		timestamp: 1606227791,
	});
	assert.equal(
		headers['whereby-signature'],
		't=1606227791,v1=739bd0c021f17069f4fdb66842865b9510ff6f5af12d1c845300bfc0b44ec20a',
	);
});

test('auth and content type are checked', async () => {
	assert.equal((await call('GET', '/meetings', undefined, {})).status, 401);
	assert.equal(
		(await call('GET', '/meetings', undefined, { authorization: 'Bearer wrong' })).status,
		401,
	);
	assert.equal(
		(
			await call(
				'POST',
				'/meetings',
				{ endDate: inOneHour() },
				{ authorization: H.authorization, 'content-type': 'text/plain' },
			)
		).status,
		400,
	);
	assert.equal(sb.requests.length, 3);
	assert.deepEqual(
		sb.requests.map((r) => r.status),
		[401, 401, 400],
	);
});

test('meetings: create, validation, get with fields, idempotent delete, cursor pages', async () => {
	const created = await call('POST', '/meetings', {
		endDate: inOneHour(),
		roomNamePrefix: 'Demo',
		fields: ['hostRoomUrl'],
	});
	assert.equal(created.status, 201);
	assert.match(created.body.roomName, /^\/demo[0-9a-f-]{36}$/);
	assert.ok(created.body.hostRoomUrl && !created.body.viewerRoomUrl);
	assert.equal((await call('POST', '/meetings', { endDate: '2020-01-01T00:00:00Z' })).status, 400);
	assert.equal((await call('POST', '/meetings', {})).status, 400);
	assert.equal(
		(await call('POST', '/meetings', { endDate: inOneHour(), roomNamePrefix: 'no_underscores' }))
			.status,
		400,
	);
	assert.equal(
		(await call('POST', '/meetings', { endDate: inOneHour(), additionalFields: {} })).status,
		400,
	);
	const got = await call('GET', `/meetings/${created.body.meetingId}?fields=viewerRoomUrl`);
	assert.ok(got.body.viewerRoomUrl);
	assert.equal((await call('DELETE', `/meetings/${created.body.meetingId}`)).status, 204);
	assert.equal((await call('DELETE', `/meetings/${created.body.meetingId}`)).status, 204);
	assert.equal((await call('GET', `/meetings/${created.body.meetingId}`)).status, 404);
	for (let i = 0; i < 5; i++) await call('POST', '/meetings', { endDate: inOneHour() });
	const p1 = await call('GET', '/meetings?limit=3');
	assert.equal(p1.body.results.length, 3);
	const p2 = await call('GET', `/meetings?limit=3&cursor=${p1.body.cursor}`);
	assert.equal(p2.body.results.length, 2);
	assert.equal(p2.body.cursor, null);
	assert.equal((await call('GET', '/meetings?limit=101')).status, 400);
	assert.equal((await call('GET', '/meetings?cursor=%%%')).status, 400);
});

test('recordings, transcriptions, summaries, insights, themes', async () => {
	assert.equal((await call('GET', '/recordings')).body.results.length, 3);
	assert.equal((await call('GET', '/recordings?sortBy=nope:asc')).status, 400);
	assert.equal((await call('GET', '/recordings/rec-1/access-link?validForSeconds=60')).status, 200);
	assert.equal((await call('GET', '/recordings/rec-3/access-link')).status, 403);
	const tr = await call('POST', '/transcriptions', { recordingId: 'rec-1' });
	assert.equal(tr.status, 201);
	assert.equal(
		(await call('GET', `/transcriptions/${tr.body.transcriptionId}`)).body.state,
		'in_progress',
	);
	assert.equal(
		(await call('POST', '/summaries', { transcriptionId: 'tr-1', template: 'SOAP' })).status,
		201,
	);
	assert.equal(
		(await call('POST', '/summaries', { transcriptionId: 'tr-1', template: 'Poem' })).status,
		400,
	);
	assert.equal(
		(await call('POST', '/recordings/bulk-delete', { recordingIds: ['rec-1', 'rec-2'] })).status,
		204,
	);
	assert.equal((await call('GET', '/recordings')).body.results.length, 1);
	assert.equal((await call('GET', '/insights/rooms')).body.results.length, 3);
	assert.equal((await call('GET', '/insights/room-sessions')).status, 400);
	assert.equal(
		(await call('GET', '/insights/participants?roomSessionId=session-1')).body.results.length,
		2,
	);
	assert.ok(
		Array.isArray(
			(
				await call(
					'GET',
					'/insights/participant?roomSessionId=session-1&participantId=participant-1-1',
				)
			).body,
		),
	);
	assert.equal(
		(
			await call('PUT', '/rooms/%2Fteam-standup/theme/tokens', {
				tokens: { colors: { primary: '#112233' } },
			})
		).status,
		204,
	);
	assert.equal(
		(
			await call('PUT', '/rooms/%2Fteam-standup/theme/tokens', {
				tokens: { colors: { primary: 'red' } },
			})
		).status,
		400,
	);
	assert.equal(
		(await call('PUT', '/rooms/%2Fnot-a-room/theme/logo', { theme: 'default' })).status,
		404,
	);
	const form = new FormData();
	form.append('image', new Blob([Buffer.from('png')], { type: 'image/png' }), 'bg.png');
	const r = await fetch(`${W}/rooms/%2Fteam-standup/theme/room-background`, {
		method: 'PUT',
		headers: { authorization: H.authorization },
		body: form,
	});
	assert.equal(r.status, 204);
});

test('failure injection: failNext, rate limit, connection reset, latency', async () => {
	sb.configure({ failNext: { status: 503, count: 2, match: '/recordings' } });
	assert.equal((await call('GET', '/meetings')).status, 200);
	assert.equal((await call('GET', '/recordings')).status, 503);
	assert.equal((await call('GET', '/recordings')).status, 503);
	assert.equal((await call('GET', '/recordings')).status, 200);
	const cfg = await fetch(`${sb.url}/_sandbox/config`, {
		method: 'POST',
		body: JSON.stringify({ rateLimitPerSecond: 2 }),
	});
	assert.equal(cfg.status, 200);
	const statuses = [];
	for (let i = 0; i < 3; i++) statuses.push(await call('GET', '/meetings'));
	assert.deepEqual(
		statuses.map((s) => s.status),
		[200, 200, 429],
	);
	assert.equal(statuses[2].headers.get('retry-after'), '1');
	assert.equal(typeof statuses[2].body.data.msLeft, 'number');
	sb.configure({ rateLimitPerSecond: 0, resetConnectionNext: 1, latencyMs: 200 });
	await assert.rejects(fetch(`${W}/meetings`, { headers: H }));
	const t0 = Date.now();
	assert.equal((await call('GET', '/meetings')).status, 200);
	assert.ok(Date.now() - t0 >= 190);
	const log = await (await fetch(`${sb.url}/_sandbox/requests?provider=whereby`)).json();
	assert.ok(log.some((e) => e.status === 'reset'));
});

test('deliver: signed, forged and stale webhooks reach the URL', async () => {
	const received = [];
	const target = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ headers: req.headers, body });
			res.writeHead(204).end();
		});
	});
	await new Promise((r) => target.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${target.address().port}/hook`;
	const res = await fetch(`${sb.url}/_sandbox/deliver`, {
		method: 'POST',
		body: JSON.stringify({
			provider: 'whereby',
			url,
			event: 'room.client.left',
			data: { displayName: 'Zed' },
			secret: 's3cret',
		}),
	});
	const out = await res.json();
	assert.equal(out.status, 204);
	const [sig] = received;
	const payload = JSON.parse(sig.body);
	assert.equal(payload.type, 'room.client.left');
	assert.equal(payload.data.displayName, 'Zed');
	const { t } = Object.fromEntries(
		sig.headers['whereby-signature'].split(',').map((p) => p.split('=')),
	);
	const expected = whereby.webhook.sign({ payload: sig.body, secret: 's3cret', timestamp: t })
		.headers['whereby-signature'];
	assert.equal(sig.headers['whereby-signature'], expected);
	await sb.deliver({
		provider: 'whereby',
		url,
		event: 'room.client.left',
		secret: 's3cret',
		forged: true,
	});
	await sb.deliver({
		provider: 'whereby',
		url,
		event: 'room.client.left',
		secret: 's3cret',
		stale: true,
	});
	const check = (r) =>
		whereby.webhook.sign({
			payload: r.body,
			secret: 's3cret',
			timestamp: /t=(\d+)/.exec(r.headers['whereby-signature'])[1],
		}).headers['whereby-signature'] === r.headers['whereby-signature'];
	assert.equal(check(received[1]), false, 'forged must not verify');
	assert.equal(check(received[2]), true, 'stale is correctly signed');
	assert.ok(
		Number(/t=(\d+)/.exec(received[2].headers['whereby-signature'])[1]) < Date.now() / 1000 - 3000,
	);
	await new Promise((r) => target.close(r));
});

test('storage: access links point to another origin, serve the file while signed and unexpired, and refuse an Authorization header', async () => {
	const link = (await call('GET', '/recordings/rec-1/access-link?validForSeconds=60')).body
		.accessLink;
	assert.notEqual(new URL(link).origin, new URL(sb.url).origin);
	assert.equal(new URL(link).origin, sb.storageUrl);
	const file = await fetch(link);
	assert.equal(file.status, 200);
	assert.equal(file.headers.get('content-type'), 'video/mp4');
	assert.equal(
		Buffer.from(await file.arrayBuffer())
			.subarray(4, 8)
			.toString(),
		'ftyp',
	);
	const withAuth = await fetch(link, { headers: { authorization: 'Bearer whereby-sandbox-key' } });
	assert.equal(withAuth.status, 400);
	assert.match(await withAuth.text(), /Only one auth mechanism allowed/);
	const tampered = link.replace('rec', 'rek');
	assert.equal((await fetch(tampered)).status, 403);
	const unsigned = await fetch(link.split('?')[0]);
	assert.equal(unsigned.status, 403);
	const storage = sb.requests.filter((r) => r.provider === 'storage');
	assert.deepEqual(
		storage.map((r) => r.status),
		[200, 400, 403, 403],
	);
	assert.equal(storage[1].headers.authorization, 'Bearer whereby-sandbox-key');
});

test('storage: an expired link is refused with the S3 message; failNext reaches the storage too', async () => {
	const { presign } = await import('../sandbox/storage.mjs');
	const expired = presign(sb.storageUrl, 'whereby/recording-1.mp4', -1);
	const res = await fetch(expired);
	assert.equal(res.status, 403);
	assert.match(await res.text(), /<Message>Request has expired<\/Message>/);
	sb.configure({
		failNext: { status: 302, headers: { location: `${sb.url}/_probe/x` }, match: '.mp4' },
	});
	const moved = await fetch(presign(sb.storageUrl, 'whereby/recording-1.mp4'), {
		redirect: 'manual',
	});
	assert.equal(moved.status, 302);
	assert.equal(moved.headers.get('location'), `${sb.url}/_probe/x`);
});
