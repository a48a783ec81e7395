// The videochamada sandbox module itself (no n8n): it must behave as the provider documents.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from '../sandbox/server.mjs';
import videochamada from '../sandbox/providers/videochamada.mjs';

let sb;
let V;
const H = {
	authorization: 'Bearer videochamada-sandbox-token',
	'content-type': 'application/json',
};
const call = async (method, path, body, headers = H) => {
	const r = await fetch(V + path, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await r.text();
	return { status: r.status, body: text ? JSON.parse(text) : undefined };
};
const nest = (statusCode, message) => ({
	message,
	error: statusCode === 400 ? 'Bad Request' : 'Forbidden',
	statusCode,
});
const inOneHour = () => new Date(Date.now() + 3600e3).toISOString();

before(async () => {
	sb = await startSandbox({ port: 0, quiet: true });
	V = `${sb.url}/videochamada`;
});
after(() => sb.close());
beforeEach(() => sb.reset());

test('bearer token, IP allow-list and NestJS error bodies', async () => {
	assert.deepEqual(
		await call('GET', '/api/calls?startDate=2025-10-01&endDate=2025-10-01', undefined, {}),
		{
			status: 401,
			body: { message: 'Unauthorized', statusCode: 401 },
		},
	);
	const restricted = await call(
		'GET',
		'/api/calls?startDate=2025-10-01&endDate=2025-10-01',
		undefined,
		{ authorization: 'Bearer videochamada-sandbox-ip-restricted' },
	);
	assert.deepEqual(restricted, { status: 403, body: nest(403, 'IP not allowed') });
	assert.equal((await call('GET', '/api/calls/nope/status')).body.message, 'Call not found');
});

test('create: {} accepted, body validated, past expiry rejected as documented', async () => {
	const created = await call('POST', '/api/calls', {
		title: 'T',
		expiresAt: inOneHour(),
		recording: false,
	});
	assert.equal(created.status, 201);
	assert.deepEqual(Object.keys(created.body).sort(), [
		'created',
		'deleted',
		'ended',
		'id',
		'started',
		'status',
		'totalBillableMinutes',
		'updated',
		'url',
	]);
	assert.equal((await call('POST', '/api/calls', {})).status, 201);
	assert.deepEqual(
		await call('POST', '/api/calls', { title: 'T', expiresAt: '2020-01-01T00:00:00Z' }),
		{ status: 400, body: nest(400, 'Invalid expiration date') },
	);
	assert.deepEqual(await call('POST', '/api/calls', { expiresAt: 'tomorrow' }), {
		status: 400,
		body: nest(400, 'Invalid date format'),
	});
	assert.deepEqual(await call('POST', '/api/calls', { recording: 'yes' }), {
		status: 400,
		body: nest(400, 'Invalid parameters'),
	});
	assert.deepEqual(await call('POST', '/api/calls', { recordingMode: 'always' }), {
		status: 400,
		body: nest(400, 'Invalid parameters'),
	});
	const status = await call('GET', `/api/calls/${created.body.id}/status`);
	assert.equal(status.body.status, 'created');
});

test('lists: required date window, page paging, documented limits', async () => {
	const page2 = await call(
		'GET',
		'/api/calls?startDate=2025-10-01&endDate=2025-10-05&page=2&limit=2',
	);
	assert.deepEqual(
		page2.body.data.map((c) => c.id),
		['call_3', 'call_4'],
	);
	assert.deepEqual(page2.body.pagination, { page: 2, limit: 2, total: 5, totalPages: 3 });
	assert.equal((await call('GET', '/api/calls?startDate=2025-10-01')).status, 400);
	assert.deepEqual(
		(await call('GET', '/api/calls?startDate=01/10/2025&endDate=2025-10-05')).body,
		nest(400, 'Invalid date format'),
	);
	assert.deepEqual(
		(await call('GET', '/api/calls?startDate=2025-10-01&endDate=2025-10-05&limit=101')).body,
		nest(400, 'Pagination limit exceeded'),
	);
	assert.equal((await call('GET', '/api/calls/call_1/recordings?limit=9')).status, 400);
	const recordings = await call('GET', '/api/calls/call_1/recordings?page=2&limit=10');
	assert.deepEqual(
		recordings.body.data.map((r) => r.id),
		['rec_11', 'rec_12'],
	);
	assert.equal((await call('GET', '/api/calls/call_1/participants')).body.length, 2);
});

test('download URL needs no token', async () => {
	const res = await call('GET', '/api/recordings/files/file_3_1/download-url', undefined, {});
	assert.equal(res.status, 200);
	assert.match(res.body.url, /rec_3\/session_ana\.mp4\?X-Amz-Expires=3600/);
	assert.equal(
		(await call('GET', '/api/recordings/files/nope/download-url', undefined, {})).status,
		404,
	);
});

test('webhook deliveries carry the secret in the body; forged ones a wrong secret', () => {
	const payload = videochamada.webhook.event('participant_joined', { username: 'Ana' });
	const signed = JSON.parse(videochamada.webhook.sign({ payload, secret: 's3cret' }).body);
	assert.equal(signed.event, 'participant_joined');
	assert.equal(signed.data.username, 'Ana');
	assert.equal(signed.secret, 's3cret');
});
