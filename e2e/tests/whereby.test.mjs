// Whereby in a real n8n: every operation through `n8n execute`, multi-item, continueOnFail, bad input,
// retries, the trigger behind `n8n start`, and the credential test. Parameters follow CONTRACT.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, packageManifest } from '../lib/n8n.mjs';
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

const require = createRequire(join(ROOT, 'package.json'));
const NODE_FILE = 'dist/nodes/Whereby/Whereby.node.js';
// Until the Whereby node is declared in package.json, every test here is skipped (and says why).
const skip = (packageManifest().nodes ?? []).includes(NODE_FILE)
	? false
	: 'the Whereby node is not in package.json "n8n.nodes"';
const locatorParams = new Set(
	skip
		? []
		: new (require(join(ROOT, NODE_FILE)).Whereby)().description.properties
				.filter((p) => p.type === 'resourceLocator')
				.map((p) => p.name),
);

const CRED = { id: 'wherebySandbox01', name: 'Whereby sandbox', type: 'wherebyApi' };
const WRONG = { id: 'wherebyWrongKey1', name: 'Whereby wrong key', type: 'wherebyApi' };
const SECRET = 'whereby-sandbox-webhook-secret';
const TRIGGER_WEBHOOK_ID = 'e2e0wb00-0000-4000-8000-000000000001';

/** An ID parameter: a resource locator "By ID" when the node declares one, else the plain value. */
const idParam = (name, value) =>
	locatorParams.has(name) ? { __rl: true, mode: 'id', value } : value;

/** A Whereby action node; `params` are merged into { resource, operation }. */
const wb = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('whereby'),
	parameters: { resource, operation, ...params },
	credentials: { wherebyApi: { id: CRED.id, name: CRED.name } },
	...extra,
});

const workflows = {
	meetings: chainWorkflow('wbMeetings000001', [
		wb('Create', 'meeting', 'create', {
			endDate: "={{ $now.plus(2, 'hours').toISO() }}",
			additionalFields: {
				fields: ['hostRoomUrl'],
				roomNamePrefix: 'e2e',
				isLocked: true,
				roomMode: 'group',
			},
		}),
		wb('Get', 'meeting', 'get', {
			meetingId: idParam('meetingId', '={{ $json.meetingId }}'),
			options: { fields: ['viewerRoomUrl'] },
		}),
		wb('Delete', 'meeting', 'delete', {
			meetingId: idParam('meetingId', '={{ $json.meetingId }}'),
		}),
		wb('Get Many', 'meeting', 'getAll', { returnAll: false, limit: 3 }, once),
		wb('Get All', 'meeting', 'getAll', { returnAll: true }, once),
	]),
	content: chainWorkflow('wbContent0000001', [
		wb(
			'Recordings',
			'recording',
			'getAll',
			{ returnAll: true, filters: { roomName: '/team-standup' } },
			once,
		),
		wb('Recording', 'recording', 'get', { recordingId: idParam('recordingId', 'rec-1') }, once),
		wb(
			'Recording Link',
			'recording',
			'getAccessLink',
			{ recordingId: idParam('recordingId', 'rec-1'), options: { validForSeconds: 600 } },
			once,
		),
		wb(
			'Transcribe',
			'transcription',
			'create',
			{ recordingId: idParam('recordingId', 'rec-1') },
			once,
		),
		wb(
			'Transcription',
			'transcription',
			'get',
			{ transcriptionId: idParam('transcriptionId', '={{ $json.transcriptionId }}') },
			once,
		),
		wb('Transcriptions', 'transcription', 'getAll', { returnAll: true }, once),
		wb(
			'Transcription Link',
			'transcription',
			'getAccessLink',
			{ transcriptionId: idParam('transcriptionId', 'tr-1') },
			once,
		),
		wb(
			'Summarize',
			'summary',
			'create',
			{ transcriptionId: idParam('transcriptionId', 'tr-1'), template: 'SOAP' },
			once,
		),
		wb(
			'Summary',
			'summary',
			'get',
			{ summaryId: idParam('summaryId', '={{ $json.summaryId }}') },
			once,
		),
		wb('Summaries', 'summary', 'getAll', { returnAll: true }, once),
		wb('Delete Summary', 'summary', 'delete', { summaryId: idParam('summaryId', 'sum-1') }, once),
		wb(
			'Delete Transcription',
			'transcription',
			'delete',
			{ transcriptionId: idParam('transcriptionId', 'tr-2') },
			once,
		),
		wb(
			'Bulk Delete Transcriptions',
			'transcription',
			'bulkDelete',
			{ transcriptionIds: 'tr-3' },
			once,
		),
		wb(
			'Delete Recording',
			'recording',
			'delete',
			{ recordingId: idParam('recordingId', 'rec-2') },
			once,
		),
		wb('Bulk Delete Recordings', 'recording', 'bulkDelete', { recordingIds: 'rec-1,rec-3' }, once),
	]),
	insightsAndRooms: chainWorkflow('wbInsightRoom001', [
		wb('Rooms', 'insight', 'getRooms', { returnAll: true, filters: {} }, once),
		wb(
			'Sessions',
			'insight',
			'getRoomSessions',
			{ roomName: '/team-standup', returnAll: true },
			once,
		),
		wb(
			'Participants',
			'insight',
			'getParticipants',
			{ roomSessionId: 'session-1', returnAll: true },
			once,
		),
		wb(
			'Participant',
			'insight',
			'getParticipant',
			{ roomSessionId: 'session-1', participantId: 'participant-1-1' },
			once,
		),
		wb(
			'Colors',
			'room',
			'setColors',
			{ roomName: '/team-standup', primary: '#112233', secondary: '#445566', focus: '#778899' },
			once,
		),
		wb('Logo Reset', 'room', 'setLogo', { roomName: '/team-standup', source: 'default' }, once),
		setJson(
			'Image Data',
			`={{ JSON.stringify({ png: '${Buffer.from('fake png bytes').toString('base64')}' }) }}`,
		),
		{
			name: 'To File',
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			parameters: {
				operation: 'toBinary',
				sourceProperty: 'png',
				binaryPropertyName: 'data',
				options: { dataIsBase64: true, fileName: 'bg.png', mimeType: 'image/png' },
			},
		},
		wb(
			'Background',
			'room',
			'setBackground',
			{ roomName: '/team-standup', source: 'binary', binaryPropertyName: 'data' },
			once,
		),
		wb(
			'Knock Page',
			'room',
			'setKnockPageBackground',
			{ roomName: '/team-standup', source: 'preset', palette: 'grey', theme: 'mountains' },
			once,
		),
	]),
	multiItemAndContinueOnFail: chainWorkflow('wbMultiItem00001', [
		setJson(
			'Inputs',
			"={{ JSON.stringify({ rows: [{ prefix: 'alpha', limit: 1 }, { prefix: 'beta', limit: 2 }, { prefix: 'gamma', limit: 3 }] }) }}",
		),
		splitOut('Rows', 'rows'),
		wb('Create Each', 'meeting', 'create', {
			endDate: "={{ $now.plus(1, 'hour').toISO() }}",
			additionalFields: { roomNamePrefix: '={{ $json.prefix }}' },
		}),
		wb('List Per Item', 'meeting', 'getAll', {
			returnAll: false,
			limit: "={{ $('Rows').item.json.limit }}",
		}),
		setJson(
			'Ids',
			"={{ JSON.stringify({ ids: [$('Create Each').first().json.meetingId, 'does-not-exist', $('Create Each').last().json.meetingId] }) }}",
		),
		splitOut('Each Id', 'ids'),
		wb(
			'Get Or Fail',
			'meeting',
			'get',
			{ meetingId: idParam('meetingId', '={{ $json.ids }}') },
			{ onError: 'continueRegularOutput' },
		),
	]),
	badInput: chainWorkflow('wbBadInput000001', [
		wb('Past End Date', 'meeting', 'create', {
			endDate: '2020-01-01T00:00:00Z',
			additionalFields: {},
		}),
	]),
	notFound: chainWorkflow('wbNotFound000001', [
		wb('Missing', 'meeting', 'get', { meetingId: idParam('meetingId', 'does-not-exist') }),
	]),
};
// The Ids node must run once, not once per listed meeting.
workflows.multiItemAndContinueOnFail.nodes.find((n) => n.name === 'Ids').executeOnce = true;

let suite;
let sb;
let n8n;

const whereby = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'whereby' && filter(r));
const body = (r) => JSON.parse(r.body);

const runOk = (wf) => executeOk(n8n, wf);

before(async () => {
	if (skip) return;
	suite = await setupSuite('whereby');
	({ sandbox: sb, n8n } = suite);
	const baseUrl = `${sb.url}/whereby/v1`;
	await n8n.importCredentials([
		{ ...CRED, data: { apiKey: 'whereby-sandbox-key', webhookSecret: SECRET, baseUrl } },
		{ ...WRONG, data: { apiKey: 'not-the-key', webhookSecret: SECRET, baseUrl } },
	]);
	await n8n.importWorkflows([...Object.values(workflows), triggerWorkflow(sb.url)]);
});
after(async () => suite?.close());

test(
	'meeting: create, get, delete, get many (limit), get all (cursor pages)',
	{ skip },
	async () => {
		sb.reset();
		await seedMeetings(120); // the meeting the workflow creates is deleted again: 120 remain
		sb.requests.length = 0;
		const out = await runOk(workflows.meetings);

		const [created] = out('Create');
		assert.match(created.roomName, /^\/e2e/);
		assert.ok(created.hostRoomUrl, 'fields=hostRoomUrl was requested');
		const [post] = whereby((r) => r.method === 'POST' && r.path === '/whereby/v1/meetings');
		const sent = body(post);
		assert.ok(Date.parse(sent.endDate) > Date.now(), 'endDate sent in the future');
		assert.deepEqual(
			{ ...sent, endDate: undefined },
			{
				endDate: undefined,
				fields: ['hostRoomUrl'],
				roomNamePrefix: 'e2e',
				isLocked: true,
				roomMode: 'group',
			},
		);
		assert.equal(post.headers['content-type'].split(';')[0], 'application/json');
		assert.equal(post.headers.authorization, 'Bearer whereby-sandbox-key');

		assert.equal(out('Get')[0].meetingId, created.meetingId);
		assert.ok(out('Get')[0].viewerRoomUrl);
		const get = whereby(
			(r) => r.method === 'GET' && r.path === `/whereby/v1/meetings/${created.meetingId}`,
		)[0];
		assert.equal(get.query.fields, 'viewerRoomUrl');
		assert.equal(whereby((r) => r.method === 'DELETE').length, 1);
		assert.equal(out('Delete').length, 1);
		assert.ok(
			out('Delete')[0].deleted === true || out('Delete')[0].success === true,
			JSON.stringify(out('Delete')[0]),
		);

		assert.equal(out('Get Many').length, 3);
		const lists = whereby((r) => r.method === 'GET' && r.path === '/whereby/v1/meetings');
		assert.ok(Number(lists[0].query.limit) >= 3 && Number(lists[0].query.limit) <= 100);
		assert.equal(out('Get All').length, 120, 'returnAll follows the cursor to the end');
		const pages = lists.slice(1);
		assert.ok(pages.length >= 2, 'more than one page was fetched');
		assert.equal(pages[0].query.cursor, undefined);
		for (const p of pages.slice(1)) assert.ok(p.query.cursor, 'next pages send the cursor back');
	},
);

async function seedMeetings(count) {
	for (let i = 0; i < count; i++) {
		await fetch(`${sb.url}/whereby/v1/meetings`, {
			method: 'POST',
			headers: { authorization: 'Bearer whereby-sandbox-key', 'content-type': 'application/json' },
			body: JSON.stringify({ endDate: new Date(Date.now() + 86400e3).toISOString() }),
		});
	}
}

test('recording, transcription, summary: every operation', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.content);
	assert.deepEqual(
		out('Recordings').map((r) => r.recordingId),
		['rec-1'],
	);
	assert.equal(
		whereby((r) => r.path === '/whereby/v1/recordings')[0].query.roomName,
		'/team-standup',
	);
	assert.equal(out('Recording')[0].recordingId, 'rec-1');
	assert.ok(out('Recording Link')[0].accessLink);
	assert.equal(
		whereby((r) => r.path.endsWith('/recordings/rec-1/access-link'))[0].query.validForSeconds,
		'600',
	);
	const transcriptionId = out('Transcribe')[0].transcriptionId;
	assert.ok(transcriptionId);
	assert.deepEqual(
		body(whereby((r) => r.method === 'POST' && r.path === '/whereby/v1/transcriptions')[0]),
		{ recordingId: 'rec-1' },
	);
	assert.equal(out('Transcription')[0].transcriptionId, transcriptionId);
	assert.equal(out('Transcriptions').length, 4);
	assert.ok(out('Transcription Link')[0].accessLink);
	assert.ok(out('Summarize')[0].summaryId);
	assert.deepEqual(
		body(whereby((r) => r.method === 'POST' && r.path === '/whereby/v1/summaries')[0]),
		{ transcriptionId: 'tr-1', template: 'SOAP' },
	);
	assert.equal(out('Summary')[0].summaryId, out('Summarize')[0].summaryId);
	assert.equal(out('Summaries').length, 3);
	const deletes = whereby((r) => r.method === 'DELETE').map((r) => r.path);
	assert.deepEqual(deletes, [
		'/whereby/v1/summaries/sum-1',
		'/whereby/v1/transcriptions/tr-2',
		'/whereby/v1/recordings/rec-2',
	]);
	assert.deepEqual(body(whereby((r) => r.path === '/whereby/v1/transcriptions/bulk-delete')[0]), {
		transcriptionIds: ['tr-3'],
	});
	assert.deepEqual(body(whereby((r) => r.path === '/whereby/v1/recordings/bulk-delete')[0]), {
		recordingIds: ['rec-1', 'rec-3'],
	});
	for (const name of [
		'Delete Summary',
		'Delete Transcription',
		'Bulk Delete Transcriptions',
		'Delete Recording',
		'Bulk Delete Recordings',
	]) {
		assert.equal(out(name).length, 1, `${name} outputs one item`);
	}
});

test('insight and room theme operations; 429 and 503 are retried', { skip }, async () => {
	sb.reset();
	sb.configure({
		failNext: [
			{ status: 429, headers: { 'retry-after': '1' }, match: '/insights/rooms' },
			{ status: 503, match: '/insights/room-sessions' },
		],
	});
	const out = await runOk(workflows.insightsAndRooms);
	assert.equal(out('Rooms').length, 3);
	assert.deepEqual(
		whereby((r) => r.path === '/whereby/v1/insights/rooms').map((r) => r.status),
		[429, 200],
	);
	assert.deepEqual(
		whereby((r) => r.path === '/whereby/v1/insights/room-sessions').map((r) => r.status),
		[503, 200],
	);
	assert.equal(out('Sessions')[0].roomSessionId, 'session-1');
	assert.equal(out('Participants').length, 2);
	assert.ok(out('Participant').length >= 1);
	const put = (suffix) =>
		whereby(
			(r) => r.method === 'PUT' && r.path === `/whereby/v1/rooms/%2Fteam-standup/theme/${suffix}`,
		);
	assert.deepEqual(body(put('tokens')[0]).tokens.colors, {
		primary: '#112233',
		secondary: '#445566',
		focus: '#778899',
	});
	assert.deepEqual(body(put('logo')[0]), { theme: 'default' });
	assert.match(put('room-background')[0].headers['content-type'], /^multipart\/form-data/);
	assert.match(put('room-background')[0].body, /name="image"/);
	assert.deepEqual(body(put('room-knock-page-background')[0]), {
		palette: 'grey',
		theme: 'mountains',
	});
	assert.ok(
		whereby().every((r) => [200, 201, 204, 429, 503].includes(r.status)),
		'no request was rejected',
	);
});

test('multi-item run (one request per item) and continueOnFail', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.multiItemAndContinueOnFail);
	const posts = whereby((r) => r.method === 'POST').map(body);
	assert.deepEqual(
		posts.map((b) => b.roomNamePrefix),
		['alpha', 'beta', 'gamma'],
	);
	assert.equal(out('Create Each').length, 3);
	const lists = whereby((r) => r.method === 'GET' && r.path === '/whereby/v1/meetings');
	assert.deepEqual(
		lists.map((r) => r.query.limit),
		['1', '2', '3'],
		'each item sends its own parameters',
	);
	assert.equal(out('List Per Item').length, 6);
	const results = out('Get Or Fail');
	assert.equal(results.length, 3);
	assert.ok(results[0].meetingId && results[2].meetingId);
	assert.ok(results[1].error, 'the failed item carries the error');
	assert.equal(results[1].statusCode, 404);
});

test('bad input (endDate in the past) fails the run and sends no request', { skip }, async () => {
	sb.reset();
	const res = await n8n.execute(workflows.badInput.id);
	assert.equal(res.ok, false);
	assert.equal(res.code, 1);
	assert.match(res.error, /end ?date/i);
	assert.equal(whereby().length, 0);
});

test(
	'an API error without continueOnFail fails the run with the API status',
	{ skip },
	async () => {
		sb.reset();
		const res = await n8n.execute(workflows.notFound.id);
		assert.equal(res.ok, false);
		assert.equal(res.code, 1);
		assert.match(
			JSON.stringify(res.output?.data?.resultData?.error ?? res.error),
			/404|not found/i,
		);
		assert.equal(whereby().length, 1);
	},
);

function triggerWorkflow(sandboxUrl) {
	return probedTriggerWorkflow({
		id: 'wbTrigger0000001',
		name: 'Whereby trigger e2e',
		sandboxUrl,
		probe: 'whereby-trigger',
		trigger: {
			name: 'Whereby Trigger',
			type: nodeType('wherebyTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: {
				events: ['room.client.joined', 'room.client.left'],
				options: { outputFormat: 'raw' },
			},
			credentials: { wherebyApi: { id: CRED.id, name: CRED.name } },
		},
	});
}

test('trigger and credential test in a running n8n', { skip }, async (t) => {
	await n8n.publish('wbTrigger0000001');
	const url = n8n.webhookUrl(TRIGGER_WEBHOOK_ID);
	await n8n.start({ webhooks: [url] });
	sb.reset();
	const probes = () =>
		sb.requests.filter((r) => r.provider === 'probe').map((r) => JSON.parse(r.body));
	const deliver = (opts) => sb.deliver({ provider: 'whereby', url, secret: SECRET, ...opts });

	await t.test('forged, stale and unselected deliveries start no run', async () => {
		assert.equal(
			(
				await deliver({
					event: 'room.client.joined',
					data: { displayName: 'forged' },
					forged: true,
				})
			).status,
			401,
		);
		assert.equal(
			(await deliver({ event: 'room.client.joined', data: { displayName: 'stale' }, stale: true }))
				.status,
			401,
		);
		assert.equal((await deliver({ event: 'recording.finished' })).status, 200);
	});

	await t.test('a signed delivery runs the workflow with the event as output', async () => {
		const token = `run-${Date.now()}`;
		const res = await deliver({ event: 'room.client.joined', data: { displayName: token } });
		assert.equal(res.status, 200);
		const sent = JSON.parse(res.sent.body);
		for (let i = 0; i < 60 && !probes().some((p) => p.data?.displayName === token); i++)
			await new Promise((r) => setTimeout(r, 250));
		await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
		assert.deepEqual(probes(), [sent], 'exactly one run, whose output is the delivered event');
	});

	await t.test('credential test: passes against the sandbox, fails with a wrong key', async () => {
		await n8n.login();
		sb.reset();
		const good = await n8n.testCredential(CRED);
		assert.equal(good.status, 'OK', JSON.stringify(good));
		const bad = await n8n.testCredential(WRONG);
		assert.equal(bad.status, 'Error', JSON.stringify(bad));
		// n8n itself sends a failing credential test twice; what matters is who got what.
		const calls = whereby().map((r) => [r.headers.authorization, r.status]);
		assert.deepEqual(calls[0], ['Bearer whereby-sandbox-key', 200]);
		assert.ok(
			calls.length >= 2 &&
				calls.slice(1).every((c) => c[0] === 'Bearer not-the-key' && c[1] === 401),
			JSON.stringify(calls),
		);
		assert.ok(
			whereby().every((r) => r.method === 'GET' && r.path === '/whereby/v1/meetings'),
			'the declared test request',
		);
	});
	await n8n.stop();
});
