// The Video Meeting node in a real n8n against the sandbox: create → get → end on Whereby, Pagecall
// and videochamada.com.br (multi-item, the same output keys), End on videochamada failing before any
// request, bad input, and the example workflow examples/daily-meeting-link.json as `npm run demo` loads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupSuite, nodeType, chainWorkflow, executeOk } from '../lib/suite.mjs';
import { dailyMeetingLink } from '../../scripts/demo-workflows.mjs';

const KEYS = [
	'provider',
	'meetingId',
	'title',
	'joinUrl',
	'hostUrl',
	'startDate',
	'endDate',
	'recording',
	'data',
];
const CREDENTIAL_TYPE = {
	whereby: 'wherebyApi',
	pagecall: 'pagecallApi',
	videochamada: 'videochamadaApi',
};
const credentialOf = (provider) => ({
	id: `vm${provider}`.padEnd(16, '0').slice(0, 16),
	name: `${provider} sandbox`,
});

/** A Video Meeting node on `provider`; `params` are merged into { provider, resource }. */
const meetingNode = (name, provider, params, extra = {}) => ({
	name,
	type: nodeType('videoMeeting'),
	parameters: { provider, resource: 'meeting', ...params },
	credentials: { [CREDENTIAL_TYPE[provider]]: credentialOf(provider) },
	...extra,
});
const twoTitles = [
	{
		name: 'Titles',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			mode: 'raw',
			jsonOutput:
				'={{ JSON.stringify({ rows: [{ title: "Alpha Review" }, { title: "Beta Sync" }] }) }}',
		},
	},
	{ name: 'Rows', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows' } },
];

/** Two meetings created, read back and (where the provider can) ended. */
const lifecycle = (provider, { end }) =>
	chainWorkflow(`vmLife${provider}`.padEnd(16, '0').slice(0, 16), [
		...twoTitles,
		meetingNode('Create', provider, {
			operation: 'create',
			title: '={{ $json.rows ? $json.rows.title : $json.title }}',
			endDate: "={{ $now.plus(45, 'minutes') }}",
			additionalFields: { hostLink: true, recording: 'on' },
		}),
		meetingNode('Get', provider, {
			operation: 'get',
			meetingId: '={{ $json.meetingId }}',
			options: { hostLink: true },
		}),
		...(end
			? [meetingNode('End', provider, { operation: 'end', meetingId: '={{ $json.meetingId }}' })]
			: []),
	]);

const workflows = {
	whereby: lifecycle('whereby', { end: true }),
	pagecall: lifecycle('pagecall', { end: true }),
	videochamada: lifecycle('videochamada', { end: false }),
	videochamadaEnd: chainWorkflow('vmVcEnd000000001', [
		meetingNode(
			'End',
			'videochamada',
			{ operation: 'end', meetingId: 'call_1' },
			{ onError: 'continueRegularOutput' },
		),
	]),
	pastEnd: chainWorkflow('vmPastEnd0000001', [
		meetingNode('Create', 'pagecall', {
			operation: 'create',
			title: 'Late',
			endDate: '2020-01-01T10:00:00Z',
		}),
	]),
};

let suite;
let sb;
let n8n;
const sent = (provider, filter = () => true) =>
	sb.requests.filter((r) => r.provider === provider && filter(r));
const body = (r) => JSON.parse(r.body);

before(async () => {
	suite = await setupSuite('video-meeting');
	({ sandbox: sb, n8n } = suite);
	const sandboxOf = (name) => sb.providers.find((p) => p.name === name);
	await n8n.importCredentials(
		Object.entries(CREDENTIAL_TYPE).map(([provider, type]) => ({
			...credentialOf(provider),
			type,
			data: sandboxOf(provider).credentials,
		})),
	);
	// The example as `npm run demo` loads it, its weekday 9:00 rule shortened to every 5 seconds.
	const examples = Object.entries(CREDENTIAL_TYPE).map(([provider, type]) => {
		const example = dailyMeetingLink(provider, type, credentialOf(provider), sb.url);
		assert.deepEqual(example.nodes[0].parameters.rule.interval, [
			{ field: 'weeks', triggerAtDay: [1, 2, 3, 4, 5], triggerAtHour: 9 },
		]);
		example.nodes[0].parameters.rule.interval = [{ field: 'seconds', secondsInterval: 5 }];
		return example;
	});
	await n8n.importWorkflows([...Object.values(workflows), ...examples]);
});
after(async () => suite?.close());

/** The outputs of Create, Get and End with the common keys checked. */
async function runLifecycle(provider) {
	sb.reset();
	const out = await executeOk(n8n, workflows[provider]);
	const [created, got] = [out('Create'), out('Get')];
	assert.equal(created.length, 2);
	assert.equal(got.length, 2);
	for (const item of [...created, ...got]) assert.deepEqual(Object.keys(item), KEYS);
	assert.deepEqual(
		created.map((m) => m.title),
		['Alpha Review', 'Beta Sync'],
	);
	assert.deepEqual(
		got.map((m) => m.meetingId),
		created.map((m) => m.meetingId),
	);
	for (const m of created) {
		assert.equal(m.provider, provider);
		assert.ok(m.joinUrl, 'every provider gives a join link');
		assert.ok(
			Math.abs(Date.parse(m.endDate) - Date.now() - 45 * 60e3) < 5 * 60e3,
			'ends in 45 minutes',
		);
	}
	return { created, got, ended: out('End') };
}

test('Whereby: create (title as room name prefix, host room URL), get, end = delete', async () => {
	const { created, got, ended } = await runLifecycle('whereby');
	const posts = sent('whereby', (r) => r.method === 'POST').map(body);
	assert.deepEqual(
		posts.map((b) => [b.roomNamePrefix, b.fields, b.recording?.type]),
		[
			['alphareview', ['hostRoomUrl'], 'cloud'],
			['betasync', ['hostRoomUrl'], 'cloud'],
		],
	);
	assert.match(created[0].joinUrl, /\/alphareview/);
	assert.match(created[0].hostUrl, /roomKey=/);
	assert.equal(got[0].hostUrl, created[0].hostUrl);
	assert.equal(created[0].recording, 'on');
	assert.deepEqual(
		ended,
		created.map((m) => ({ ended: true, provider: 'whereby', meetingId: m.meetingId })),
	);
	assert.deepEqual(
		sent('whereby', (r) => r.method === 'DELETE').map((r) => r.path),
		created.map((m) => `/whereby/v1/meetings/${m.meetingId}`),
	);
});

test('Pagecall: host user, open room with the host member, links with and without token; end = terminate', async () => {
	const { created, got, ended } = await runLifecycle('pagecall');
	const calls = sent('pagecall').map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{24}/, ':id')}`);
	assert.deepEqual(calls, [
		'POST /pagecall/v1/users',
		'POST /pagecall/v1/rooms',
		'POST /pagecall/v1/users',
		'POST /pagecall/v1/rooms',
		'GET /pagecall/v1/rooms/:id',
		'GET /pagecall/v1/rooms/:id',
		'PUT /pagecall/v1/rooms/:id',
		'PUT /pagecall/v1/rooms/:id',
	]);
	const room = body(sent('pagecall', (r) => r.path === '/pagecall/v1/rooms')[0]);
	assert.equal(room.type, 'open');
	assert.equal(room.record, true);
	assert.ok(Math.abs(room.max_meeting_seconds - 45 * 60) <= 120);
	assert.equal(room.members[0].type, 'host');
	const token = sb.state('pagecall').users.get(room.members[0].user_id).access_token;
	assert.equal(created[0].joinUrl, `${sb.url}/pagecall/${created[0].meetingId}`);
	assert.equal(created[0].hostUrl, `${created[0].joinUrl}?access_token=${token}`);
	assert.ok(!JSON.stringify(created[0].data).includes(token), 'the token is only in hostUrl');
	assert.equal(got[0].hostUrl, null);
	assert.equal(got[0].recording, 'on');
	assert.deepEqual(
		ended.map((e) => e.ended),
		[true, true],
	);
	for (const m of created)
		assert.ok(sb.state('pagecall').rooms.get(m.meetingId).terminated_at, 'terminated');
});

test('videochamada.com.br: create (end = expiry, recording flag), get = live status', async () => {
	const { created, got } = await runLifecycle('videochamada');
	const posts = sent('videochamada', (r) => r.method === 'POST').map(body);
	assert.deepEqual(
		posts.map((b) => [b.title, b.recording]),
		[
			['Alpha Review', true],
			['Beta Sync', true],
		],
	);
	assert.equal(Date.parse(posts[0].expiresAt), Date.parse(created[0].endDate));
	assert.equal(created[0].hostUrl, null);
	assert.match(created[0].joinUrl, /\/calls\//);
	assert.equal(got[0].data.status, 'created');
});

test('End on videochamada.com.br fails before any request; bad input sends nothing', async () => {
	sb.reset();
	const out = await executeOk(n8n, workflows.videochamadaEnd);
	assert.match(out('End')[0].error, /no documented way to end a call/);
	const res = await n8n.execute(workflows.pastEnd.id);
	assert.equal(res.ok, false);
	assert.match(
		`${res.error} ${JSON.stringify(res.output?.data?.resultData?.error ?? '')}`,
		/End.*must be in the future/,
	);
	assert.equal(sb.requests.filter((r) => r.provider !== null).length, 0);
});

test('the example workflow runs on its Schedule Trigger in a running n8n and posts the link, for each provider', async () => {
	sb.reset();
	for (const provider of Object.keys(CREDENTIAL_TYPE))
		await n8n.publish(`demoDaily${provider}`.padEnd(16, '0').slice(0, 16));
	await n8n.start();
	const posts = () => sb.requests.filter((r) => r.provider === 'probe').map(body);
	const deadline = Date.now() + 120e3;
	while (
		Object.keys(CREDENTIAL_TYPE).some((p) => !posts().some((m) => m.provider === p)) &&
		Date.now() < deadline
	) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	await n8n.stop();
	for (const provider of Object.keys(CREDENTIAL_TYPE)) {
		const posted = posts().find((m) => m.provider === provider);
		assert.ok(posted, `${provider}: the scheduled run posted its link`);
		assert.ok(posted.joinUrl && posted.meetingId, provider);
		const escaped = posted.joinUrl.replace(/[.?]/g, '\\$&');
		assert.match(
			posted.text,
			new RegExp(`^Stand-up \\w+ \\d+ \\w+: ${escaped} \\(until \\d{2}:\\d{2}\\)$`),
		);
		assert.ok(
			sent(provider, (r) => r.method === 'POST').length >= 1,
			`${provider}: created through the sandbox`,
		);
	}
});
