import { Pagecall } from '../../nodes/Pagecall/Pagecall.node';
import { runNode } from '../kit/harness';
import { listAnswer, pagecallMock, TOKEN } from './fixtures';

const mock = pagecallMock();
const node = new Pagecall();

describe('Pagecall member', () => {
	it('create posts user_id and type to the room and outputs the inner member, per item', async () => {
		mock.server.on('POST', /^\/v1\/rooms\/[^/]+\/members$/, (req) => ({
			body: {
				member: {
					id: `m-${req.json.user_id}`,
					user_id: req.json.user_id,
					room_id: req.path.split('/')[3],
					type: req.json.type ?? 'guest',
				},
			},
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [
				{ u: 'u-1', t: 'host' },
				{ u: 'u-2', t: 'monitor' },
			],
			parameters: {
				resource: 'member',
				operation: 'create',
				roomId: 'room 1',
				userId: '={{ $json.u }}',
				additionalFields: { type: '={{ $json.t }}' },
			},
		});
		expect(result.items).toEqual([
			{
				json: { id: 'm-u-1', user_id: 'u-1', room_id: 'room%201', type: 'host' },
				pairedItem: { item: 0 },
			},
			{
				json: { id: 'm-u-2', user_id: 'u-2', room_id: 'room%201', type: 'monitor' },
				pairedItem: { item: 1 },
			},
		]);
		expect(
			mock.server.requests.map((r) => [r.method, r.path, r.json, r.headers.authorization]),
		).toEqual([
			['POST', '/v1/rooms/room%201/members', { user_id: 'u-1', type: 'host' }, `Bearer ${TOKEN}`],
			[
				'POST',
				'/v1/rooms/room%201/members',
				{ user_id: 'u-2', type: 'monitor' },
				`Bearer ${TOKEN}`,
			],
		]);
	});

	it('create leaves type out when not set (Pagecall defaults to guest)', async () => {
		mock.server.on('POST', '/v1/rooms/r1/members', { body: { member: { id: 'm' } } });
		await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'create', roomId: 'r1', userId: 'u-1' },
		});
		expect(mock.server.requests[0].json).toEqual({ user_id: 'u-1' });
	});

	it.each([
		[{ userId: '' }, /"User ID" \(userId\) in item 0: must not be empty/],
		[
			{ userId: 'u', additionalFields: { type: 'owner' } },
			/"Type" \(additionalFields.type\) in item 0: must be one of guest, host, monitor/,
		],
		[{ userId: 'u', roomId: '' }, /"Room" \(roomId\) in item 0: must not be empty/],
	])('create rejects %j before any request', async (parameters, message) => {
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'create', roomId: 'r1', ...parameters },
		});
		expect(result.error?.message).toMatch(message);
		expect(mock.server.requests).toHaveLength(0);
	});

	it('create maps a 404 to the room', async () => {
		mock.server.on('POST', '/v1/rooms/nope/members', {
			status: 404,
			body: { message: 'room not found' },
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'create', roomId: 'nope', userId: 'u' },
		});
		expect(result.error?.message).toBe('Pagecall returned 404: room not found');
		expect(result.error?.description).toContain('No room "nope" was found');
	});

	it('getAll pages with offset/limit and paging.total', async () => {
		mock.server.on('GET', '/v1/rooms/r1/members', listAnswer('members', 45, 'm'));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'getAll', roomId: 'r1', returnAll: true },
		});
		expect(result.items.map((i) => i.json.id)).toEqual(
			Array.from({ length: 45 }, (_, k) => `m${k}`),
		);
		expect(mock.server.requests.map((r) => r.query)).toEqual([
			{ offset: '0', limit: '30' },
			{ offset: '30', limit: '30' },
		]);
	});

	it('getAll takes an unpaged answer (no paging, more than asked) as the whole list', async () => {
		const members = Array.from({ length: 40 }, (_, k) => ({ id: `m${k}` }));
		mock.server.on('GET', '/v1/rooms/r1/members', { body: { members } });
		const all = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'getAll', roomId: 'r1', returnAll: true },
		});
		expect(all.items).toHaveLength(40);
		const some = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'member', operation: 'getAll', roomId: 'r1', limit: 5 },
		});
		expect(some.items.map((i) => i.json.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
		expect(mock.server.requests).toHaveLength(2);
	});
});

describe('Pagecall user', () => {
	it('create sends snake_case fields and outputs the inner user (with its access token)', async () => {
		mock.server.on('POST', '/v1/users', (req) => ({
			body: { user: { ...req.json, access_token: 'user-access-token' } },
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [{ id: 'u-1' }, { id: 'u-2' }],
			parameters: {
				resource: 'user',
				operation: 'create',
				userId: '={{ $json.id }}',
				additionalFields: {
					name: 'Ana Silva',
					nickname: 'Ana',
					profileUrl: 'https://cdn.example/ana.png',
					defaultMemberType: 'host',
				},
			},
		});
		const body = {
			name: 'Ana Silva',
			nickname: 'Ana',
			profile_url: 'https://cdn.example/ana.png',
			default_member_type: 'host',
		};
		expect(mock.server.requests.map((r) => r.json)).toEqual([
			{ user_id: 'u-1', ...body },
			{ user_id: 'u-2', ...body },
		]);
		expect(result.items[1]).toEqual({
			json: { user_id: 'u-2', ...body, access_token: 'user-access-token' },
			pairedItem: { item: 1 },
		});
	});

	it.each([
		[{ userId: '  ' }, /"User ID" \(userId\) in item 0: must not be empty/],
		[
			{ userId: 'u', additionalFields: { profileUrl: 'avatar.png' } },
			/"Profile URL" \(additionalFields.profileUrl\) in item 0: must be an absolute http/,
		],
		[
			{ userId: 'u', additionalFields: { defaultMemberType: 'admin' } },
			/"Default Member Type" \(additionalFields.defaultMemberType\) in item 0: must be one of guest, host, monitor/,
		],
	])('create rejects %j before any request', async (parameters, message) => {
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'user', operation: 'create', ...parameters },
		});
		expect(result.error?.message).toMatch(message);
		expect(mock.server.requests).toHaveLength(0);
	});

	it('maps Pagecall 400 (its answer to a bad token too) with the hint', async () => {
		mock.server.on('POST', '/v1/users', { status: 400, body: 'Unauthenticated' });
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: { resource: 'user', operation: 'create', userId: 'u' },
		});
		expect(result.error?.message).toBe('Pagecall returned 400: Unauthenticated');
		expect(result.error?.description).toContain('API token');
	});
});

describe('Pagecall session', () => {
	it('getAll sends user_id and is_connecting, and pages up to the limit, per item', async () => {
		mock.server.on('GET', /^\/v1\/rooms\/[^/]+\/sessions$/, listAnswer('sessions', 100, 's'));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [
				{ room: 'r1', n: 2 },
				{ room: 'r2', n: 40 },
			],
			parameters: {
				resource: 'session',
				operation: 'getAll',
				roomId: '={{ $json.room }}',
				limit: '={{ $json.n }}',
				filters: { userId: 'u-1', isConnecting: true },
			},
		});
		expect(
			result.items.filter((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
		).toHaveLength(2);
		expect(result.items).toHaveLength(42);
		expect(mock.server.requests.map((r) => [r.path, r.query])).toEqual([
			['/v1/rooms/r1/sessions', { offset: '0', limit: '2', user_id: 'u-1', is_connecting: 'true' }],
			[
				'/v1/rooms/r2/sessions',
				{ offset: '0', limit: '30', user_id: 'u-1', is_connecting: 'true' },
			],
			[
				'/v1/rooms/r2/sessions',
				{ offset: '30', limit: '10', user_id: 'u-1', is_connecting: 'true' },
			],
		]);
	});

	it('getAll without filters sends only offset and limit', async () => {
		mock.server.on('GET', '/v1/rooms/r1/sessions', listAnswer('sessions', 3, 's'));
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: {
				resource: 'session',
				operation: 'getAll',
				roomId: 'r1',
				returnAll: true,
				filters: { isConnecting: false },
			},
		});
		expect(result.items).toHaveLength(3);
		expect(mock.server.requests[0].query).toEqual({
			offset: '0',
			limit: '30',
			is_connecting: 'false',
		});
	});
});
