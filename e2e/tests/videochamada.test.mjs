// videochamada.com.br in a real n8n: every operation through `n8n execute`, multi-item,
// continueOnFail, bad input, error mapping, retries, the trigger behind `n8n start`, and the
// credential test. Parameters follow CONTRACT.md.
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

const NODE_FILE = 'dist/nodes/Videochamada/Videochamada.node.js';
// Until the node is declared in package.json, every test here is skipped (and says why).
const skip = (packageManifest().nodes ?? []).includes(NODE_FILE)
	? false
	: 'the videochamada node is not in package.json "n8n.nodes"';

const CRED = { id: 'vcSandboxCred001', name: 'videochamada sandbox', type: 'videochamadaApi' };
const WRONG = { id: 'vcWrongToken0001', name: 'videochamada wrong token', type: 'videochamadaApi' };
const IP_RESTRICTED = {
	id: 'vcIpRestricted01',
	name: 'videochamada IP-restricted token',
	type: 'videochamadaApi',
};
const TOKEN = 'videochamada-sandbox-token';
const SECRET = 'videochamada-sandbox-webhook-secret';
const TRIGGER_WEBHOOK_ID = 'e2e0vc00-0000-4000-8000-000000000001';

const callId = (value) => ({ __rl: true, mode: 'id', value });
/** A videochamada action node; `params` are merged into { resource, operation }. */
const vc = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('videochamada'),
	parameters: { resource, operation, ...params },
	credentials: { videochamadaApi: { id: CRED.id, name: CRED.name } },
	...extra,
});
const inTwoHours = "={{ $now.plus(2, 'hours') }}";

const workflows = {
	calls: chainWorkflow('vcCalls000000001', [
		vc('Create', 'call', 'create', {
			title: 'E2E meeting',
			expiresAt: inTwoHours,
			recording: 'always',
		}),
		vc('Status', 'call', 'get', { callId: callId('={{ $json.id }}') }),
		vc('Participants', 'call', 'getParticipants', { callId: callId('call_1') }, once),
		vc(
			'Get Many',
			'call',
			'getAll',
			{ startDate: '2025-10-01', endDate: '2025-10-25', returnAll: false, limit: 15 },
			once,
		),
		vc(
			'Get All',
			'call',
			'getAll',
			{ startDate: '2025-10-01', endDate: '2025-10-25T18:00:00', returnAll: true },
			once,
		),
	]),
	callLink: chainWorkflow('vcCallLink000001', [
		vc('Create', 'call', 'create', {
			title: 'Reunião de Equipe',
			expiresAt: inTwoHours,
			recording: 'projectDefault',
		}),
		vc('Get With Link', 'call', 'get', {
			callId: callId('={{ $json.id }}'),
			options: { createdOn: '={{ $json.created }}' },
		}),
		vc(
			'Seeded Call Link',
			'call',
			'get',
			{ callId: callId('call_5'), options: { createdOn: '2025-10-05' } },
			once,
		),
		vc('Status Only', 'call', 'get', { callId: callId('call_5') }, once),
	]),
	recordings: chainWorkflow('vcRecordings0001', [
		vc(
			'Recordings Limit',
			'recording',
			'getAll',
			{ callId: callId('call_1'), returnAll: false, limit: 3 },
			once,
		),
		vc(
			'Recordings All',
			'recording',
			'getAll',
			{
				callId: { __rl: true, mode: 'url', value: 'https://videochamada.com.br/calls/call_1' },
				returnAll: true,
			},
			once,
		),
		vc('Download URL', 'recording', 'getDownloadUrl', { fileId: '={{ $json.files[1].id }}' }),
	]),
	multiItemAndContinueOnFail: chainWorkflow('vcMultiItem00001', [
		setJson(
			'Inputs',
			"={{ JSON.stringify({ rows: [{ title: 'alpha', recording: 'always' }, { title: 'beta', recording: 'never' }, { title: 'gamma', recording: 'projectDefault' }] }) }}",
			once,
		),
		splitOut('Rows', 'rows'),
		vc('Create Each', 'call', 'create', {
			title: '={{ $json.title }}',
			expiresAt: "={{ $now.plus(1, 'hour').toISO() }}",
			recording: '={{ $json.recording }}',
		}),
		setJson(
			'Ids',
			"={{ JSON.stringify({ ids: [$('Create Each').first().json.id, 'does-not-exist', $('Create Each').last().json.id] }) }}",
			once,
		),
		splitOut('Each Id', 'ids'),
		vc(
			'Status Or Fail',
			'call',
			'get',
			{ callId: callId('={{ $json.ids }}') },
			{ onError: 'continueRegularOutput' },
		),
	]),
	badInput: chainWorkflow('vcBadInput000001', [
		vc('Past Expiry', 'call', 'create', {
			title: 'late',
			expiresAt: '2020-01-01T00:00:00Z',
			recording: 'projectDefault',
		}),
	]),
	unorderedWindow: chainWorkflow('vcBadWindow00001', [
		vc('Backwards', 'call', 'getAll', {
			startDate: '2025-10-10',
			endDate: '2025-10-01',
			returnAll: true,
		}),
	]),
	createOnce: chainWorkflow('vcCreateOnce0001', [
		vc('Create', 'call', 'create', {
			title: 'quota',
			expiresAt: inTwoHours,
			recording: 'projectDefault',
		}),
	]),
};

let suite;
let sb;
let n8n;

const provider = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'videochamada' && filter(r));
const body = (r) => JSON.parse(r.body);

const runOk = (wf) => executeOk(n8n, wf);

/** Runs a workflow that must fail; returns n8n's error text including the description. */
async function runFails(wf) {
	const res = await n8n.execute(wf.id);
	assert.equal(res.ok, false);
	assert.equal(res.code, 1);
	return `${res.error ?? ''} ${JSON.stringify(res.output?.data?.resultData?.error ?? '')}`;
}

before(async () => {
	if (skip) return;
	suite = await setupSuite('videochamada');
	({ sandbox: sb, n8n } = suite);
	const baseUrl = `${sb.url}/videochamada`;
	await n8n.importCredentials([
		{ ...CRED, data: { apiToken: TOKEN, webhookSecret: SECRET, baseUrl } },
		{ ...WRONG, data: { apiToken: 'not-the-token', webhookSecret: SECRET, baseUrl } },
		{ ...IP_RESTRICTED, data: { apiToken: 'videochamada-sandbox-ip-restricted', baseUrl } },
	]);
	await n8n.importWorkflows([...Object.values(workflows), triggerWorkflow(sb.url)]);
});
after(async () => suite?.close());

test(
	'call: create, live status, participants, get many (limit), get all (pages); 429 and 503 retried',
	{ skip },
	async () => {
		sb.reset();
		sb.configure({
			failNext: [
				{ status: 429, headers: { 'retry-after': '1' }, match: '/api/calls/call_1/participants' },
				{ status: 503, match: '/status' },
			],
		});
		const out = await runOk(workflows.calls);

		const [created] = out('Create');
		assert.equal(created.status, 'created');
		assert.ok(created.url && created.id);
		const [post] = provider((r) => r.method === 'POST' && r.path === '/videochamada/api/calls');
		assert.equal(post.headers.authorization, `Bearer ${TOKEN}`);
		assert.equal(post.headers['content-type'].split(';')[0], 'application/json');
		const sent = body(post);
		assert.deepEqual(Object.keys(sent).sort(), ['expiresAt', 'recording', 'title']);
		assert.equal(sent.title, 'E2E meeting');
		assert.equal(sent.recording, true);
		assert.match(sent.expiresAt, /[+-]\d{2}:\d{2}$|Z$/, 'sent with an explicit offset');
		assert.ok(
			Math.abs(Date.parse(sent.expiresAt) - Date.now() - 7200e3) < 120e3,
			'expiresAt two hours ahead',
		);

		assert.equal(out('Status')[0].callId, created.id);
		assert.deepEqual(
			provider((r) => r.path.endsWith('/status')).map((r) => [r.path, r.status]),
			[
				[`/videochamada/api/calls/${created.id}/status`, 503],
				[`/videochamada/api/calls/${created.id}/status`, 200],
			],
		);
		assert.deepEqual(
			out('Participants').map((p) => p.username),
			['Ana', 'Bruno'],
		);
		assert.deepEqual(
			provider((r) => r.path.endsWith('/participants')).map((r) => r.status),
			[429, 200],
		);

		assert.equal(out('Get Many').length, 15);
		assert.equal(out('Get All').length, 25);
		const lists = provider((r) => r.method === 'GET' && r.path === '/videochamada/api/calls');
		assert.deepEqual(lists[0].query, {
			startDate: '2025-10-01',
			endDate: '2025-10-25',
			page: '1',
			limit: '15',
		});
		assert.equal(lists.length, 2, 'Get Many needs one page, Get All one page of 100');
		assert.deepEqual(lists[1].query, {
			startDate: '2025-10-01',
			endDate: '2025-10-25',
			page: '1',
			limit: '100',
		});
	},
);

test(
	'call get with Created On returns the call link from the documented call list',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.callLink);
		const [created] = out('Create');
		const [linked] = out('Get With Link');
		assert.equal(linked.callId, created.id);
		assert.equal(linked.url, created.url, 'the link Create returned');
		assert.equal(out('Seeded Call Link')[0].url, 'https://videochamada.com.br/calls/call_5');
		assert.equal(out('Status Only')[0].url, undefined, 'without Created On: the live status only');
		const lists = provider((r) => r.path === '/videochamada/api/calls' && r.method === 'GET').map(
			(r) => r.query,
		);
		const today = created.created.slice(0, 10);
		const day = (iso, n) =>
			new Date(Date.parse(`${iso}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
		assert.deepEqual(lists, [
			{ startDate: day(today, -1), endDate: day(today, 1), page: '1', limit: '100' },
			{ startDate: '2025-10-04', endDate: '2025-10-06', page: '1', limit: '100' },
		]);
	},
);

test(
	'recording: get many (minimum page size 10, trimmed), get all, download URL per file',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.recordings);
		assert.deepEqual(
			out('Recordings Limit').map((r) => r.id),
			['rec_1', 'rec_2', 'rec_3'],
		);
		assert.equal(out('Recordings All').length, 12);
		const lists = provider((r) => r.path === '/videochamada/api/calls/call_1/recordings');
		assert.deepEqual(
			lists.map((r) => r.query),
			[
				{ page: '1', limit: '10' },
				{ page: '1', limit: '100' },
			],
		);
		const urls = out('Download URL');
		assert.equal(urls.length, 12, 'one download URL per input item');
		assert.match(urls[0].url, /rec_1\/session_bruno\.mp4\?X-Amz/);
		const downloads = provider((r) => r.path.endsWith('/download-url'));
		assert.equal(downloads[0].path, '/videochamada/api/recordings/files/file_1_2/download-url');
		assert.ok(downloads.every((r) => r.status === 200));
	},
);

test('multi-item run (one request per item) and continueOnFail', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.multiItemAndContinueOnFail);
	const posts = provider((r) => r.method === 'POST').map(body);
	assert.deepEqual(
		posts.map((b) => [b.title, b.recording]),
		[
			['alpha', true],
			['beta', false],
			['gamma', undefined],
		],
	);
	assert.equal(out('Create Each').length, 3);
	const results = out('Status Or Fail');
	assert.equal(results.length, 3);
	assert.ok(results[0].callId && results[2].callId);
	assert.equal(results[1].statusCode, 404);
	assert.match(results[1].error, /Call not found/);
});

test(
	'bad input (expiry in the past, window backwards) fails the run and sends no request',
	{ skip },
	async () => {
		sb.reset();
		assert.match(await runFails(workflows.badInput), /Expires At.*must be in the future/);
		assert.match(
			await runFails(workflows.unorderedWindow),
			/End Date.*must not be before the Start Date/,
		);
		assert.equal(provider().length, 0);
	},
);

test(
	'documented errors in Portuguese become clear English messages with a hint',
	{ skip },
	async () => {
		sb.reset();
		sb.configure({
			failNext: {
				status: 403,
				body: { message: 'Limite de gastos foi atingido', error: 'Forbidden', statusCode: 403 },
				match: '/api/calls',
			},
		});
		const error = await runFails(workflows.createOnce);
		assert.match(error, /monthly spending limit of the organization has been reached/);
		assert.match(error, /Limite de gastos foi atingido/);
		assert.match(error, /Raise the spending limit/);
		assert.equal(provider().length, 1, 'a failed POST is not sent again');
	},
);

function triggerWorkflow(sandboxUrl) {
	return probedTriggerWorkflow({
		id: 'vcTrigger0000001',
		name: 'videochamada trigger e2e',
		sandboxUrl,
		probe: 'videochamada-trigger',
		trigger: {
			name: 'Videochamada Trigger',
			type: nodeType('videochamadaTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: {
				events: ['participant.joined', 'participant.left'],
				options: { outputFormat: 'raw' },
			},
			credentials: { videochamadaApi: { id: CRED.id, name: CRED.name } },
		},
	});
}

test('trigger and credential test in a running n8n', { skip }, async (t) => {
	await n8n.publish('vcTrigger0000001');
	const url = n8n.webhookUrl(TRIGGER_WEBHOOK_ID);
	await n8n.start({ webhooks: [url] });
	sb.reset();
	const probes = () =>
		sb.requests.filter((r) => r.provider === 'probe').map((r) => JSON.parse(r.body));
	const deliver = (opts) => sb.deliver({ provider: 'videochamada', url, secret: SECRET, ...opts });

	await t.test('a wrong or missing secret and an unselected event start no run', async () => {
		const forged = await deliver({
			event: 'participant.joined',
			data: { username: 'forged' },
			forged: true,
		});
		assert.equal(forged.status, 401);
		assert.ok(!forged.body.includes(SECRET));
		const unsigned = await deliver({
			payload: JSON.stringify({ event: 'participant.joined', data: { username: 'no secret' } }),
		});
		assert.equal(unsigned.status, 401);
		assert.equal((await deliver({ event: 'call.ended' })).status, 200);
	});

	await t.test(
		'an authentic delivery (underscore spelling) runs once, without the secret',
		async () => {
			const token = `run-${Date.now()}`;
			const res = await deliver({ event: 'participant_joined', data: { username: token } });
			assert.equal(res.status, 200);
			const sent = JSON.parse(res.sent.body);
			assert.equal(sent.secret, SECRET, 'the sandbox put the secret in the body');
			for (let i = 0; i < 60 && !probes().some((p) => p.data?.username === token); i++)
				await new Promise((r) => setTimeout(r, 250));
			await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
			const { secret: _secret, ...expected } = sent;
			assert.deepEqual(
				probes(),
				[expected],
				'exactly one run, whose output is the delivery without its secret',
			);
			assert.ok(!n8n.log().includes(SECRET), 'the secret is not in the n8n log');
		},
	);

	await t.test(
		'credential test: passes with the token, fails with a wrong or IP-restricted one',
		async () => {
			await n8n.login();
			sb.reset();
			const good = await n8n.testCredential(CRED);
			assert.equal(good.status, 'OK', JSON.stringify(good));
			const [first] = provider();
			assert.equal(first.path, '/videochamada/api/calls');
			assert.equal(first.headers.authorization, `Bearer ${TOKEN}`);
			assert.match(first.query.startDate, /^\d{4}-\d{2}-\d{2}$/);
			assert.equal(first.query.startDate, first.query.endDate, 'a one-day window');
			assert.equal(first.query.limit, '1');
			assert.equal(first.status, 200);
			const bad = await n8n.testCredential(WRONG);
			assert.equal(bad.status, 'Error', JSON.stringify(bad));
			const restricted = await n8n.testCredential(IP_RESTRICTED);
			assert.equal(restricted.status, 'Error', JSON.stringify(restricted));
			assert.ok(
				provider().every((r) => r.method === 'GET' && r.path === '/videochamada/api/calls'),
				'the declared test request',
			);
		},
	);
	await n8n.stop();
});
