import type { IDataObject } from 'n8n-workflow';

import { Pagecall } from '../../nodes/Pagecall/Pagecall.node';
import { runNode } from '../kit/harness';
import { listAnswer, pagecallMock, SECRET, TOKEN } from './fixtures';

const mock = pagecallMock();
const node = new Pagecall();
const room = (id: string, extra = {}) => ({
	room: { id, name: `Room ${id}`, type: 'private', ...extra },
	paging: { limit: 30, offset: 0, total: 0 },
});
const create = (parameters: IDataObject, items?: IDataObject[], credentials = mock.credentials) =>
	runNode(node, {
		credentials,
		items,
		parameters: {
			resource: 'room',
			operation: 'create',
			name: 'Weekly',
			type: 'private',
			...parameters,
		},
	});

describe('Pagecall room create', () => {
	it('sends one JSON request per item with snake_case fields, outputs the room, pairs each item', async () => {
		mock.server.on('POST', '/v1/rooms', (req) => ({ body: room(`id-${req.json.name}`) }));
		const result = await create(
			{
				name: '={{ $json.title }}',
				type: 'public',
				additionalFields: {
					record: false,
					maxMeetingSeconds: 1800,
					members: {
						member: [
							{ userId: 'u-1', type: 'host', name: 'Ana' },
							{ userId: 'u-2', type: 'guest', name: '' },
						],
					},
					membersJson:
						'[{ "user_id": "u-3", "type": "monitor" }, { "userId": "u-4", "name": "Bo" }]',
				},
			},
			[{ title: 'Alpha' }, { title: 'Beta' }, { title: 'Gamma' }],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ id: 'id-Alpha', name: 'Room id-Alpha', type: 'private' }, { item: 0 }],
			[{ id: 'id-Beta', name: 'Room id-Beta', type: 'private' }, { item: 1 }],
			[{ id: 'id-Gamma', name: 'Room id-Gamma', type: 'private' }, { item: 2 }],
		]);
		const sent = mock.server.received('POST', '/v1/rooms');
		expect(sent).toHaveLength(3);
		expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(sent[0].headers['content-type']).toContain('application/json');
		expect(sent[0].json).toEqual({
			name: 'Alpha',
			type: 'public',
			record: false,
			max_meeting_seconds: 1800,
			members: [
				{ user_id: 'u-1', type: 'host', name: 'Ana' },
				{ user_id: 'u-2', type: 'guest' },
				{ user_id: 'u-3', type: 'monitor' },
				{ user_id: 'u-4', name: 'Bo' },
			],
		});
	});

	it('sends the webhook with the secret header, which wins over a user header of the same name', async () => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		await create({
			additionalFields: {
				webhookUrl: ' https://n8n.example.com/webhook/abc/webhook ',
				webhookHeaders: {
					header: [
						{ name: 'X-Team', value: 'blue' },
						{ name: 'x-webhook-secret', value: 'spoofed' },
					],
				},
			},
		});
		expect(mock.server.received()[0].json.webhook).toEqual({
			url: 'https://n8n.example.com/webhook/abc/webhook',
			headers: { 'X-Team': 'blue', 'X-Webhook-Secret': SECRET },
		});
	});

	it('without a secret in the credential sends only the user headers', async () => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		await create(
			{
				additionalFields: {
					webhookUrl: 'http://hooks.example/p',
					webhookHeaders: { header: [{ name: 'X-Team', value: 'blue' }] },
				},
			},
			undefined,
			mock.noSecret,
		);
		expect(mock.server.received()[0].json.webhook).toEqual({
			url: 'http://hooks.example/p',
			headers: { 'X-Team': 'blue' },
		});
	});

	it('with a secret and a webhook URL but no user headers sends the secret header alone', async () => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		await create({ additionalFields: { webhookUrl: 'https://hooks.example/p' } });
		expect(mock.server.received()[0].json.webhook).toEqual({
			url: 'https://hooks.example/p',
			headers: { 'X-Webhook-Secret': SECRET },
		});
	});

	it('never outputs the secret when Pagecall echoes the webhook headers', async () => {
		mock.server.on('POST', '/v1/rooms', (req) => ({
			body: room('r1', { webhook: req.json.webhook, note: SECRET }),
		}));
		const result = await create({
			additionalFields: {
				webhookUrl: 'https://hooks.example/p',
				webhookHeaders: { header: [{ name: 'X-Team', value: 'blue' }] },
			},
		});
		expect(result.items[0].json).toEqual({
			id: 'r1',
			name: 'Room r1',
			type: 'private',
			webhook: { url: 'https://hooks.example/p', headers: { 'X-Team': 'blue' } },
			note: '[hidden]',
		});
		expect(JSON.stringify(result.items)).not.toContain(SECRET);
	});

	it('never puts the secret in an error, even when Pagecall quotes the request', async () => {
		mock.server.on('POST', '/v1/rooms', (req) => ({
			status: 400,
			body: { message: `Invalid webhook ${JSON.stringify(req.json.webhook)}` },
		}));
		const result = await create({ additionalFields: { webhookUrl: 'https://hooks.example/p' } });
		expect(result.error?.message).toMatch(/^Pagecall returned 400: Invalid webhook/);
		expect(result.error?.message).toContain('[hidden]');
		const error = result.error as unknown as Record<string, unknown>;
		const everything = JSON.stringify({
			...error,
			message: error.message,
			stack: error.stack,
			messages: error.messages,
		});
		expect(everything).not.toContain(SECRET);
		expect(everything).not.toContain('pc-secret-&#38;-7f3a9c1e5b');
		expect(result.error?.description).toContain('missing or wrong API token');
	});

	it('does not send a failed POST twice (500), and fails with the provider message', async () => {
		mock.server.on('POST', '/v1/rooms', { status: 500, body: { error: 'boom' } });
		const result = await create({});
		expect(result.error?.message).toBe('Pagecall returned 500: boom');
		expect(mock.server.requests).toHaveLength(1);
	});

	it('under continueOnFail returns an error item for the failed item only', async () => {
		mock.server.on('POST', '/v1/rooms', (req) =>
			req.json.name === 'bad'
				? { status: 400, body: { error: { message: 'name taken', code: 'E_NAME' } } }
				: { body: room('ok') },
		);
		const result = await runNode(node, {
			credentials: mock.credentials,
			continueOnFail: true,
			items: [{ n: 'good' }, { n: 'bad' }],
			parameters: { resource: 'room', operation: 'create', name: '={{ $json.n }}', type: 'open' },
		});
		expect(result.items[0].json.id).toBe('ok');
		expect(result.items[1]).toMatchObject({
			json: { error: 'Pagecall returned 400 (code E_NAME): name taken', statusCode: 400 },
			pairedItem: { item: 1 },
		});
	});

	it.each([
		['name', { name: '   ' }, /^Invalid "Name" \(name\) in item 0: must not be empty/],
		[
			'type',
			{ type: 'secret' },
			/^Invalid "Type" \(type\) in item 0: must be one of open, public, private/,
		],
		[
			'zero seconds',
			{ additionalFields: { maxMeetingSeconds: 0 } },
			/"Max Meeting Seconds" \(additionalFields\.maxMeetingSeconds\) in item 0: must be at least 1/,
		],
		['negative seconds', { additionalFields: { maxMeetingSeconds: -60 } }, /must be at least 1/],
		[
			'fractional seconds',
			{ additionalFields: { maxMeetingSeconds: 1.5 } },
			/must be a whole number/,
		],
		['text seconds', { additionalFields: { maxMeetingSeconds: 'soon' } }, /must be a number/],
		[
			'record flag',
			{ additionalFields: { record: 'yes' } },
			/"Record" \(additionalFields\.record\) in item 0: must be true or false/,
		],
		[
			'member type',
			{ additionalFields: { members: { member: [{ userId: 'u', type: 'owner' }] } } },
			/"Type" \(additionalFields\.members\.member\[0\]\.type\) in item 0: must be one of guest, host, monitor/,
		],
		[
			'member without user',
			{ additionalFields: { members: { member: [{ userId: ' ', type: 'guest' }] } } },
			/0\.userId: must not be empty/,
		],
		[
			'JSON member type',
			{ additionalFields: { membersJson: '[{"user_id":"u","type":"admin"}]' } },
			/"Members \(JSON\)" \(additionalFields\.membersJson\) in item 0: 0\.type: must be one of guest, host, monitor/,
		],
		[
			'JSON member without user',
			{ additionalFields: { membersJson: '[{"type":"host"}]' } },
			/\(additionalFields\.membersJson\) in item 0: 0\.user_id/,
		],
		[
			'JSON members not an array',
			{ additionalFields: { membersJson: '{"user_id":"u"}' } },
			/must be a JSON array of members/,
		],
		[
			'JSON members not JSON',
			{ additionalFields: { membersJson: '[{user_id:u}]' } },
			/must be a JSON array of members/,
		],
		[
			'webhook URL scheme',
			{ additionalFields: { webhookUrl: 'ftp://hooks.example/p' } },
			/"Webhook URL" \(additionalFields\.webhookUrl\) in item 0: must be an absolute http/,
		],
		[
			'relative webhook URL',
			{ additionalFields: { webhookUrl: '/webhook/abc' } },
			/must be an absolute http/,
		],
		[
			'header name',
			{
				additionalFields: {
					webhookUrl: 'https://h.example',
					webhookHeaders: { header: [{ name: 'X Team', value: 'a' }] },
				},
			},
			/"Webhook Headers" \(additionalFields\.webhookHeaders\) in item 0: 0\.name: is not a valid HTTP header name/,
		],
		[
			'header value',
			{
				additionalFields: {
					webhookUrl: 'https://h.example',
					webhookHeaders: { header: [{ name: 'X-A', value: 'a\r\nX-Evil: 1' }] },
				},
			},
			/0\.value: must not contain line breaks/,
		],
		[
			'duplicate header',
			{
				additionalFields: {
					webhookUrl: 'https://h.example',
					webhookHeaders: {
						header: [
							{ name: 'X-A', value: '1' },
							{ name: 'x-a', value: '2' },
						],
					},
				},
			},
			/header "x-a" is given twice/,
		],
		[
			'headers without URL',
			{ additionalFields: { webhookHeaders: { header: [{ name: 'X-A', value: '1' }] } } },
			/"Webhook URL" \(additionalFields\.webhookUrl\) in item 0: is needed when Webhook Headers are set/,
		],
		// Issue 11, class 10: the secret header only goes over https (or to this machine).
		[
			'plain-http webhook URL with a secret',
			{ additionalFields: { webhookUrl: 'http://hooks.example/p' } },
			/"Webhook URL" \(additionalFields\.webhookUrl\) in item 0: must be an https:\/\/ URL \(http:\/\/ only for localhost\): every delivery carries the Webhook Secret/,
		],
		[
			'http webhook URL to a host named like localhost',
			{ additionalFields: { webhookUrl: 'http://localhost.evil.example/p' } },
			/must be an https:\/\/ URL/,
		],
	])('rejects a bad %s before any request', async (_case, parameters, message) => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		const result = await create(parameters);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBe(
			'Fix the value of this field; nothing was sent to the provider.',
		);
		expect(mock.server.requests).toHaveLength(0);
	});

	it.each([
		'http://localhost:5678/webhook/a/webhook',
		'http://127.0.0.1:5678/webhook/a/webhook',
		'https://n8n.example.com/webhook/a/webhook',
	])('attaches the secret to %s', async (webhookUrl) => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		const result = await create({ additionalFields: { webhookUrl } });
		expect(result.error).toBeUndefined();
		expect(mock.server.requests[0].json.webhook).toEqual({
			url: webhookUrl,
			headers: { 'X-Webhook-Secret': SECRET },
		});
	});

	it('rejects a bad second item after sending the first, naming item 1', async () => {
		mock.server.on('POST', '/v1/rooms', { body: room('r1') });
		const result = await create({ additionalFields: { maxMeetingSeconds: '={{ $json.s }}' } }, [
			{ s: 60 },
			{ s: 0 },
		]);
		expect(result.error?.message).toMatch(/in item 1: must be at least 1/);
		expect(mock.server.received('POST')).toHaveLength(1);
		expect(mock.server.received('POST')[0].json.max_meeting_seconds).toBe(60);
	});
});

describe('Pagecall room get / getAll / update / terminate / delete', () => {
	const byId = (value: string, mode = 'id') => ({ __rl: true, mode, value });

	it('get encodes the id, outputs the inner room and maps a 404 with the room named', async () => {
		mock.server.on('GET', '/v1/rooms/abc', {
			body: room('abc', { webhook: { url: 'https://h', headers: { 'X-Webhook-Secret': SECRET } } }),
		});
		mock.server.on('GET', /^\/v1\/rooms\/a%2F/, {
			status: 404,
			body: { message: 'Room <i>not</i> found' },
		});
		const ok = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'room', operation: 'get', roomId: byId('abc') },
		});
		expect(ok.items).toEqual([
			{
				json: {
					id: 'abc',
					name: 'Room abc',
					type: 'private',
					webhook: { url: 'https://h', headers: {} },
				},
				pairedItem: { item: 0 },
			},
		]);
		const missing = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'room', operation: 'get', roomId: byId('a/b c') },
		});
		expect(mock.server.requests[1].path).toBe('/v1/rooms/a%2Fb%20c');
		expect(missing.error?.message).toBe(
			'Pagecall returned 404: Room &#60;i&#62;not&#60;/i&#62; found',
		);
		expect(missing.error?.description).toContain('No room "a/b c" was found');
	});

	it('get takes the room id from a pasted room URL', async () => {
		mock.server.on('GET', '/v1/rooms/000585f36eed9e8fb6b655b4', {
			body: room('000585f36eed9e8fb6b655b4'),
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'get',
				roomId: byId('https://app.pagecall.com/000585f36eed9e8fb6b655b4?access_token=x', 'url'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe('000585f36eed9e8fb6b655b4');
	});

	it('getAll pages with offset/limit until the limit, sending the filters on every page', async () => {
		mock.server.on('GET', '/v1/rooms', listAnswer('rooms', 200));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'getAll',
				limit: 50,
				filters: { name: 'Weekly', isTerminated: false, layout: 'SixAll' },
			},
		});
		expect(result.items.map((i) => i.json.id)).toEqual(
			Array.from({ length: 50 }, (_, k) => `r${k}`),
		);
		expect(mock.server.requests.map((r) => r.query)).toEqual([
			{ offset: '0', limit: '30', name: 'Weekly', is_terminated: 'false', layout: 'SixAll' },
			{ offset: '30', limit: '20', name: 'Weekly', is_terminated: 'false', layout: 'SixAll' },
		]);
	});

	it('getAll with Return All stops at paging.total, for every input item', async () => {
		mock.server.on('GET', '/v1/rooms', listAnswer('rooms', 65));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{}, {}],
			parameters: { resource: 'room', operation: 'getAll', returnAll: true },
		});
		expect(result.items).toHaveLength(130);
		expect(result.items[64]).toEqual({ json: { id: 'r64' }, pairedItem: { item: 0 } });
		expect(result.items[65]).toEqual({ json: { id: 'r0' }, pairedItem: { item: 1 } });
		expect(mock.server.requests.map((r) => r.query.offset)).toEqual([
			'0',
			'30',
			'60',
			'0',
			'30',
			'60',
		]);
	});

	it('getAll retries a 503 and a 429 with Retry-After', async () => {
		mock.server.on(
			'GET',
			'/v1/rooms',
			{ status: 503, body: { error: 'busy' } },
			{ status: 429, headers: { 'retry-after': '0' }, body: {} },
			{ body: { paging: { total: 1 }, rooms: [{ id: 'x' }] } },
		);
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'room', operation: 'getAll', returnAll: true },
		});
		expect(result.items.map((i) => i.json.id)).toEqual(['x']);
		expect(mock.server.requests).toHaveLength(3);
	});

	it('update sends name and is_terminated; nothing to update is rejected before any request', async () => {
		mock.server.on('PUT', '/v1/rooms/r1', (req) => ({ body: room('r1', req.json) }));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'update',
				roomId: 'r1',
				updateFields: { name: 'Renamed', isTerminated: false },
			},
		});
		expect(mock.server.requests[0].json).toEqual({ name: 'Renamed', is_terminated: false });
		expect(result.items[0].json).toMatchObject({ id: 'r1', name: 'Renamed' });
		mock.server.reset();
		const empty = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'room', operation: 'update', roomId: 'r1', updateFields: {} },
		});
		expect(empty.error?.message).toBe(
			'Nothing to update in item 0: add at least one field under "Update Fields"',
		);
		const flag = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'update',
				roomId: 'r1',
				updateFields: { isTerminated: 'maybe' },
			},
		});
		expect(flag.error?.message).toBe(
			'Invalid "Is Terminated" (updateFields.isTerminated) in item 0: must be true or false',
		);
		const blank = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'update',
				roomId: 'r1',
				updateFields: { name: ' ' },
			},
		});
		expect(blank.error?.message).toMatch(
			/"Name" \(updateFields.name\) in item 0: must not be empty/,
		);
		const noId = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'update',
				roomId: byId(''),
				updateFields: { name: 'x' },
			},
		});
		expect(noId.error?.message).toMatch(/"Room" \(roomId\) in item 0: must not be empty/);
		expect(mock.server.requests).toHaveLength(0);
	});

	it('update takes "true"/"false" from an expression as a boolean', async () => {
		mock.server.on('PUT', '/v1/rooms/r1', { body: room('r1') });
		await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'room',
				operation: 'update',
				roomId: 'r1',
				updateFields: { isTerminated: '={{ "true" }}' },
			},
		});
		expect(mock.server.requests[0].json).toEqual({ is_terminated: true });
	});

	it('terminate sends PUT is_terminated: true and outputs the room', async () => {
		mock.server.on('PUT', '/v1/rooms/r1', {
			body: room('r1', { terminated_at: '2026-01-01T00:00:00.000Z' }),
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'room', operation: 'terminate', roomId: byId('r1') },
		});
		expect(mock.server.requests.map((r) => [r.method, r.path, r.json])).toEqual([
			['PUT', '/v1/rooms/r1', { is_terminated: true }],
		]);
		expect(result.items[0].json.terminated_at).toBe('2026-01-01T00:00:00.000Z');
	});

	it('delete outputs deleted: true with the id and the deleted room', async () => {
		mock.server.on('DELETE', '/v1/rooms/r1', { body: room('r1') });
		mock.server.on('DELETE', '/v1/rooms/r2', { status: 200 });
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{ id: 'r1' }, { id: 'r2' }],
			parameters: { resource: 'room', operation: 'delete', roomId: byId('={{ $json.id }}') },
		});
		expect(result.items).toEqual([
			{
				json: { deleted: true, roomId: 'r1', room: { id: 'r1', name: 'Room r1', type: 'private' } },
				pairedItem: { item: 0 },
			},
			{ json: { deleted: true, roomId: 'r2' }, pairedItem: { item: 1 } },
		]);
	});
});
