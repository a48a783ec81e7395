// Pagecall in a real n8n: every operation through `n8n execute`, multi-item, continueOnFail, bad input,
// retries, the trigger behind `n8n start` fed by a room our node created, and the credential test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packageManifest } from '../lib/n8n.mjs';
import {
	setupSuite,
	nodeType,
	chainWorkflow,
	probedTriggerWorkflow,
	executeOk,
	splitOut,
	setJson,
	once,
} from '../lib/suite.mjs';

const NODE_FILE = 'dist/nodes/Pagecall/Pagecall.node.js';
const skip = (packageManifest().nodes ?? []).includes(NODE_FILE)
	? false
	: 'the Pagecall node is not in package.json "n8n.nodes"';

const CRED = { id: 'pagecallSandbox1', name: 'Pagecall sandbox', type: 'pagecallApi' };
const WRONG = { id: 'pagecallWrongKey', name: 'Pagecall wrong token', type: 'pagecallApi' };
const TOKEN = 'pagecall-sandbox-token';
const SECRET = 'pagecall-sandbox-webhook-secret';
const SEED_ROOM = '0005a1b2c3d4e5f6a7b8c9d0';
const TRIGGER_WEBHOOK_ID = 'e2e0pc00-0000-4000-8000-000000000001';

const rl = (value) => ({ __rl: true, mode: 'id', value });
/** A Pagecall action node; `params` are merged into { resource, operation }. */
const pc = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('pagecall'),
	parameters: { resource, operation, ...params },
	credentials: { pagecallApi: { id: CRED.id, name: CRED.name } },
	...extra,
});

const workflows = {
	rooms: chainWorkflow('pcRooms000000001', [
		pc('Create', 'room', 'create', {
			name: 'E2E room',
			type: 'public',
			additionalFields: {
				record: false,
				maxMeetingSeconds: 1800,
				members: { member: [{ userId: 'e2e-host', type: 'host', name: 'Host' }] },
				membersJson: '[{ "user_id": "e2e-guest" }]',
				webhookUrl: 'https://hooks.example.test/pagecall',
				webhookHeaders: { header: [{ name: 'X-Team', value: 'blue' }] },
			},
		}),
		pc('Get', 'room', 'get', { roomId: rl('={{ $json.id }}') }),
		pc('Update', 'room', 'update', {
			roomId: rl('={{ $json.id }}'),
			updateFields: { name: 'E2E room renamed' },
		}),
		pc('Terminate', 'room', 'terminate', { roomId: rl('={{ $json.id }}') }),
		pc(
			'Get Many',
			'room',
			'getAll',
			{ returnAll: false, limit: 3, filters: { isTerminated: false } },
			once,
		),
		pc('Get All', 'room', 'getAll', { returnAll: true }, once),
		pc('Delete', 'room', 'delete', { roomId: rl("={{ $('Create').first().json.id }}") }, once),
	]),
	people: chainWorkflow('pcPeople00000001', [
		pc('User', 'user', 'create', {
			userId: 'e2e-user',
			additionalFields: {
				name: 'E2E User',
				nickname: 'E2E',
				profileUrl: 'https://cdn.example.test/e2e.png',
				defaultMemberType: 'host',
			},
		}),
		pc('Member', 'member', 'create', {
			roomId: rl(SEED_ROOM),
			userId: '={{ $json.user_id }}',
			additionalFields: { type: 'monitor' },
		}),
		pc('Members', 'member', 'getAll', { roomId: rl(SEED_ROOM), returnAll: true }, once),
		pc('Sessions', 'session', 'getAll', { roomId: rl(SEED_ROOM), returnAll: true }, once),
		pc(
			'Online Sessions',
			'session',
			'getAll',
			{
				roomId: rl(SEED_ROOM),
				returnAll: true,
				filters: { isConnecting: true, userId: 'sandbox-user-2' },
			},
			once,
		),
	]),
	multiItemAndContinueOnFail: chainWorkflow('pcMultiItem00001', [
		setJson(
			'Inputs',
			"={{ JSON.stringify({ rows: [{ name: 'alpha', limit: 1 }, { name: 'beta', limit: 2 }, { name: 'gamma', limit: 3 }] }) }}",
		),
		splitOut('Rows', 'rows'),
		pc('Create Each', 'room', 'create', { name: '={{ $json.name }}', type: 'private' }),
		pc('List Per Item', 'room', 'getAll', {
			returnAll: false,
			limit: "={{ $('Rows').item.json.limit }}",
		}),
		setJson(
			'Ids',
			"={{ JSON.stringify({ ids: [$('Create Each').first().json.id, 'does-not-exist', $('Create Each').last().json.id] }) }}",
		),
		splitOut('Each Id', 'ids'),
		pc(
			'Get Or Fail',
			'room',
			'get',
			{ roomId: rl('={{ $json.ids }}') },
			{ onError: 'continueRegularOutput' },
		),
	]),
	badSeconds: chainWorkflow('pcBadInput000001', [
		pc('Bad Seconds', 'room', 'create', {
			name: 'x',
			type: 'open',
			additionalFields: { maxMeetingSeconds: 0 },
		}),
	]),
	badWebhook: chainWorkflow('pcBadInput000002', [
		pc('Bad Header', 'room', 'create', {
			name: 'x',
			type: 'open',
			additionalFields: {
				webhookUrl: 'https://h.example.test',
				webhookHeaders: { header: [{ name: 'Bad Header', value: '1' }] },
			},
		}),
	]),
	notFound: chainWorkflow('pcNotFound000001', [
		pc('Missing', 'room', 'get', { roomId: rl('does-not-exist') }),
	]),
};
workflows.multiItemAndContinueOnFail.nodes.find((n) => n.name === 'Ids').executeOnce = true;

/** Room create whose webhook is the trigger's URL: the secret header comes from the credential. */
const createForTrigger = (url) =>
	chainWorkflow('pcTriggerRoom001', [
		pc('Create Watched Room', 'room', 'create', {
			name: 'Watched',
			type: 'open',
			additionalFields: {
				webhookUrl: url,
				webhookHeaders: { header: [{ name: 'X-Team', value: 'blue' }] },
			},
		}),
	]);

function triggerWorkflow(sandboxUrl) {
	return probedTriggerWorkflow({
		id: 'pcTrigger0000001',
		name: 'Pagecall trigger e2e',
		sandboxUrl,
		probe: 'pagecall-trigger',
		trigger: {
			name: 'Pagecall Trigger',
			type: nodeType('pagecallTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: { events: ['sessionJoined'], options: { outputFormat: 'raw' } },
			credentials: { pagecallApi: { id: CRED.id, name: CRED.name } },
		},
	});
}

let suite;
let sb;
let n8n;
let triggerUrl;

const pagecall = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'pagecall' && filter(r));
const body = (r) => JSON.parse(r.body);

const runOk = (wf) => executeOk(n8n, wf);

async function seedRooms(count) {
	for (let i = 0; i < count; i++) {
		await fetch(`${sb.url}/pagecall/v1/rooms`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name: `seed-${i}`, type: 'private' }),
		});
	}
}

before(async () => {
	if (skip) return;
	suite = await setupSuite('pagecall');
	({ sandbox: sb, n8n } = suite);
	triggerUrl = n8n.webhookUrl(TRIGGER_WEBHOOK_ID);
	const baseUrl = `${sb.url}/pagecall/v1`;
	await n8n.importCredentials([
		{ ...CRED, data: { apiToken: TOKEN, webhookSecret: SECRET, baseUrl } },
		{ ...WRONG, data: { apiToken: 'not-the-token', webhookSecret: SECRET, baseUrl } },
	]);
	await n8n.importWorkflows([
		...Object.values(workflows),
		createForTrigger(triggerUrl),
		triggerWorkflow(sb.url),
	]);
});
after(async () => suite?.close());

test(
	'room: create, get, update, terminate, get many (limit, filter), get all (offset pages), delete',
	{ skip },
	async () => {
		sb.reset();
		await seedRooms(70); // + the seeded room = 71 before the workflow, 72 while it runs
		sb.requests.length = 0;
		const out = await runOk(workflows.rooms);

		const [created] = out('Create');
		assert.match(created.id, /^[0-9a-f]{24}$/);
		assert.equal(created.name, 'E2E room');
		const [post] = pagecall((r) => r.method === 'POST');
		assert.equal(post.headers.authorization, `Bearer ${TOKEN}`);
		assert.equal(post.headers['content-type'].split(';')[0], 'application/json');
		assert.deepEqual(body(post), {
			name: 'E2E room',
			type: 'public',
			record: false,
			max_meeting_seconds: 1800,
			members: [{ user_id: 'e2e-host', type: 'host', name: 'Host' }, { user_id: 'e2e-guest' }],
			webhook: {
				url: 'https://hooks.example.test/pagecall',
				headers: { 'X-Team': 'blue', 'X-Webhook-Secret': SECRET },
			},
		});
		assert.equal(out('Get')[0].id, created.id);
		assert.deepEqual(body(pagecall((r) => r.method === 'PUT')[0]), { name: 'E2E room renamed' });
		assert.equal(out('Update')[0].name, 'E2E room renamed');
		assert.deepEqual(body(pagecall((r) => r.method === 'PUT')[1]), { is_terminated: true });
		assert.ok(out('Terminate')[0].terminated_at, 'terminated_at is set');

		assert.equal(out('Get Many').length, 3);
		const lists = pagecall((r) => r.method === 'GET' && r.path === '/pagecall/v1/rooms');
		assert.deepEqual(lists[0].query, { offset: '0', limit: '3', is_terminated: 'false' });
		assert.equal(out('Get All').length, 72, 'returnAll follows offset pages to paging.total');
		assert.deepEqual(
			lists.slice(1).map((r) => [r.query.offset, r.query.limit]),
			[
				['0', '30'],
				['30', '30'],
				['60', '30'],
			],
		);
		assert.deepEqual(out('Delete'), [
			{ deleted: true, roomId: created.id, room: out('Terminate')[0] },
		]);
		assert.equal(
			pagecall((r) => r.method === 'DELETE')[0].path,
			`/pagecall/v1/rooms/${created.id}`,
		);
		assert.ok(!JSON.stringify(out('Create')).includes(SECRET), 'the secret is not in the output');
	},
);

test('user, member and session operations; 429 and 503 are retried', { skip }, async () => {
	sb.reset();
	sb.configure({
		failNext: [
			{ status: 429, headers: { 'retry-after': '1' }, match: '/members' },
			{ status: 503, match: '/sessions' },
		],
	});
	const out = await runOk(workflows.people);
	assert.deepEqual(body(pagecall((r) => r.path === '/pagecall/v1/users')[0]), {
		user_id: 'e2e-user',
		name: 'E2E User',
		nickname: 'E2E',
		profile_url: 'https://cdn.example.test/e2e.png',
		default_member_type: 'host',
	});
	assert.ok(out('User')[0].access_token);
	const memberPosts = pagecall((r) => r.method === 'POST' && r.path.endsWith('/members'));
	assert.deepEqual(
		memberPosts.map((r) => r.status),
		[429, 200],
		'a 429 POST is sent again (Pagecall did not process it)',
	);
	assert.deepEqual(body(memberPosts[1]), { user_id: 'e2e-user', type: 'monitor' });
	assert.deepEqual(out('Member'), [
		{ id: out('Member')[0].id, user_id: 'e2e-user', room_id: SEED_ROOM, type: 'monitor' },
	]);
	assert.equal(out('Members').length, 4);
	assert.equal(out('Sessions').length, 35);
	const sessionCalls = pagecall((r) => r.path.endsWith('/sessions'));
	assert.deepEqual(
		sessionCalls.map((r) => [r.status, r.query.offset]),
		[
			[503, '0'],
			[200, '0'],
			[200, '30'],
			[200, '0'],
		],
	);
	assert.deepEqual(sessionCalls[3].query, {
		offset: '0',
		limit: '30',
		is_connecting: 'true',
		user_id: 'sandbox-user-2',
	});
	assert.deepEqual(
		out('Online Sessions').map((s) => s.user_id),
		['sandbox-user-2'],
	);
});

test('multi-item run (one request per item) and continueOnFail', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.multiItemAndContinueOnFail);
	assert.deepEqual(
		pagecall((r) => r.method === 'POST').map((r) => body(r).name),
		['alpha', 'beta', 'gamma'],
	);
	assert.equal(out('Create Each').length, 3);
	const lists = pagecall((r) => r.method === 'GET' && r.path === '/pagecall/v1/rooms');
	assert.deepEqual(
		lists.map((r) => r.query.limit),
		['1', '2', '3'],
		'each item sends its own parameters',
	);
	assert.equal(out('List Per Item').length, 6);
	const results = out('Get Or Fail');
	assert.equal(results.length, 3);
	assert.ok(results[0].id && results[2].id);
	assert.equal(results[1].statusCode, 404);
	assert.match(results[1].error, /Pagecall returned 404/);
});

test('bad input fails the run and sends no request', { skip }, async () => {
	for (const [wf, pattern] of [
		[workflows.badSeconds, /Max Meeting Seconds/],
		[workflows.badWebhook, /Webhook Headers.*valid HTTP header name/],
	]) {
		sb.reset();
		const res = await n8n.execute(wf.id);
		assert.equal(res.ok, false);
		assert.equal(res.code, 1);
		assert.match(res.error, pattern);
		assert.equal(pagecall().length, 0);
	}
});

test(
	'an API error without continueOnFail fails the run with the API status',
	{ skip },
	async () => {
		sb.reset();
		const res = await n8n.execute(workflows.notFound.id);
		assert.equal(res.ok, false);
		assert.match(
			JSON.stringify(res.output?.data?.resultData?.error ?? res.error),
			/404|not found/i,
		);
		assert.equal(pagecall().length, 1);
	},
);

test(
	'trigger: a room created by the node delivers to the trigger; credential test',
	{ skip },
	async (t) => {
		sb.reset();
		const out = await runOk(createForTrigger(triggerUrl));
		const roomId = out('Create Watched Room')[0].id;
		// A room created elsewhere with the trigger URL but without the secret header.
		const foreign = await fetch(`${sb.url}/pagecall/v1/rooms`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({
				name: 'Foreign',
				type: 'open',
				webhook: { url: triggerUrl, headers: {} },
			}),
		}).then((r) => r.json());

		await n8n.publish('pcTrigger0000001');
		await n8n.start({ webhooks: [triggerUrl] });
		sb.requests.length = 0;
		const probes = () =>
			sb.requests.filter((r) => r.provider === 'probe').map((r) => JSON.parse(r.body));
		const deliver = (opts) => sb.deliver({ provider: 'pagecall', url: triggerUrl, ...opts });

		await t.test(
			'deliveries without the right secret, and unselected events, start no run',
			async () => {
				assert.equal(
					(await deliver({ event: 'sessionJoined', data: { roomId: foreign.room.id } })).status,
					401,
				);
				assert.equal(
					(
						await deliver({
							event: 'sessionJoined',
							data: { roomId },
							forged: true,
							secret: SECRET,
						})
					).status,
					401,
				);
				const left = await deliver({ event: 'sessionLeft', data: { roomId } });
				assert.equal(left.sent.headers['X-Webhook-Secret'], SECRET);
				assert.equal(left.status, 200);
			},
		);

		await t.test(
			'the room delivers with the header our node set, and the workflow runs once',
			async () => {
				const res = await deliver({
					event: 'sessionJoined',
					data: { roomId, userId: 'e2e-joiner' },
				});
				assert.equal(res.status, 200);
				assert.deepEqual(Object.keys(res.sent.headers).sort(), [
					'X-Team',
					'X-Webhook-Secret',
					'content-type',
				]);
				const sent = JSON.parse(res.sent.body);
				for (let i = 0; i < 60 && probes().length === 0; i++)
					await new Promise((r) => setTimeout(r, 250));
				await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
				assert.deepEqual(
					probes(),
					[{ action: 'sessionJoined', ...sent.payload }],
					'exactly one run: the payload plus the action',
				);
				assert.ok(!JSON.stringify(probes()).includes(SECRET));
			},
		);

		await t.test(
			'credential test: passes against the sandbox, fails with a wrong token',
			async () => {
				await n8n.login();
				sb.reset();
				const good = await n8n.testCredential(CRED);
				assert.equal(good.status, 'OK', JSON.stringify(good));
				const bad = await n8n.testCredential(WRONG);
				assert.equal(bad.status, 'Error', JSON.stringify(bad));
				const calls = pagecall().map((r) => [r.headers.authorization, r.status]);
				assert.deepEqual(calls[0], [`Bearer ${TOKEN}`, 200]);
				assert.ok(
					calls.length >= 2 &&
						calls.slice(1).every((c) => c[0] === 'Bearer not-the-token' && c[1] === 401),
					JSON.stringify(calls),
				);
				assert.ok(
					pagecall().every(
						(r) => r.method === 'GET' && r.path === '/pagecall/v1/rooms' && r.query.limit === '1',
					),
					'the declared test request',
				);
			},
		);
		await n8n.stop();
	},
);
