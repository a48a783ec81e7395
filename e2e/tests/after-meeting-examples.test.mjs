// The "after the meeting" example workflows (examples/*.json, as `npm run demo` loads them), active
// in a real n8n and driven by sandbox-signed deliveries: a ready recording is downloaded from the
// sandbox storage (another origin, no credential) and stored; an ended meeting's attendance is
// fetched and sent; Twilio attendance is paired from join and leave events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packageManifest } from '../lib/n8n.mjs';
import { setupSuite } from '../lib/suite.mjs';
import { exampleWorkflow, meetingEndedAttendance } from '../../scripts/demo-workflows.mjs';

const NODES = [
	'Whereby/WherebyTrigger',
	'Whereby/Whereby',
	'Videochamada/VideochamadaTrigger',
	'VideoMeeting/VideoMeeting',
	'TwilioConference/TwilioConferenceTrigger',
];
const built = packageManifest().nodes ?? [];
const missing = NODES.filter((n) => !built.includes(`dist/nodes/${n}.node.js`));
const skip = missing.length ? `not in package.json "n8n.nodes": ${missing.join(', ')}` : false;

let suite;
let sb;
let n8n;
let providers;
const workflows = {};

/** The sandbox credential of a sandbox provider, with the id and name `npm run demo` gives it. */
const credentialOf = (name) => ({
	id: `sandbox${name}`.padEnd(16, '0').slice(0, 16),
	name: `${name[0].toUpperCase()}${name.slice(1)} (sandbox)`,
});
const webhookOf = (workflow) =>
	n8n.webhookUrl(workflow.nodes.find((node) => node.id === 'trigger').webhookId);
const probes = (path) =>
	sb.requests.filter((r) => r.provider === 'probe' && r.path.startsWith(path));

/** Waits until `count` probe requests under `path` arrived (a run finishes after the webhook answered). */
async function probesAt(path, count) {
	for (let waited = 0; waited < 60_000; waited += 250) {
		if (probes(path).length >= count) return probes(path);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	assert.fail(`no run reached ${path}; n8n log:\n${n8n.log().slice(-3000)}`);
}

/** Waits until the workflow has `count` finished executions (n8n's REST API, logged in). */
async function finishedRuns(workflowId, count) {
	for (let waited = 0; waited < 60_000; waited += 250) {
		const res = await n8n.api(
			'GET',
			`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`,
		);
		const results = res.body?.data?.results ?? [];
		if (results.filter((e) => e.finished || e.status === 'success').length >= count) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	assert.fail(`workflow ${workflowId} did not finish ${count} run(s)`);
}

before(async () => {
	if (skip) return;
	suite = await setupSuite('after-meeting-examples');
	({ sandbox: sb, n8n } = suite);
	providers = Object.fromEntries(sb.providers.map((p) => [p.name, p]));
	const names = ['whereby', 'videochamada', 'twilio'];
	await n8n.importCredentials(
		names.map((name) => ({
			...credentialOf(name),
			type: providers[name].credentialType,
			data: providers[name].credentials,
		})),
	);
	workflows.recording = exampleWorkflow('recording-ready-download.json', {
		sandboxUrl: sb.url,
		credential: credentialOf('whereby'),
	});
	workflows.ended = meetingEndedAttendance('videochamada', credentialOf('videochamada'), sb.url);
	workflows.twilio = exampleWorkflow('twilio-attendance-from-events.json', {
		sandboxUrl: sb.url,
		credential: credentialOf('twilio'),
	});
	await n8n.importWorkflows(Object.values(workflows));
	for (const w of Object.values(workflows)) await n8n.publish(w.id);
	await n8n.start({ webhooks: Object.values(workflows).map(webhookOf) });
	await n8n.login();
});
after(async () => suite?.close());

test(
	'when a recording is ready, it is downloaded without a credential and stored',
	{ skip },
	async () => {
		sb.reset();
		const res = await sb.deliver({
			provider: 'whereby',
			url: webhookOf(workflows.recording),
			event: 'recording.finished',
			data: { recordingId: 'rec-2', filename: 'recording-2.mp4' },
			secret: providers.whereby.credentials.webhookSecret,
		});
		assert.equal(res.status, 200);
		const [stored] = await probesAt('/_probe/recording-stored/', 1);
		assert.equal(stored.path, '/_probe/recording-stored/recording-2.mp4');
		assert.equal(stored.method, 'PUT');
		assert.equal(stored.headers['content-type'], 'video/mp4');
		assert.equal(Number(stored.headers['content-length']), 64 * 1024);
		const storage = sb.requests.filter((r) => r.provider === 'storage');
		assert.deepEqual(
			storage.map((r) => [r.path, r.status]),
			[['/whereby/recording-2.mp4', 200]],
		);
		assert.equal(storage[0].headers.authorization, undefined);
		assert.ok(!JSON.stringify(storage[0].headers).includes('whereby-sandbox-key'));
	},
);

test('when a meeting ends, its attendance is fetched and sent as one list', { skip }, async () => {
	sb.reset();
	const res = await sb.deliver({
		provider: 'videochamada',
		url: webhookOf(workflows.ended),
		event: 'call.ended',
		secret: providers.videochamada.credentials.webhookSecret,
	});
	assert.equal(res.status, 200);
	const [sent] = await probesAt('/_probe/attendance', 1);
	const body = JSON.parse(sent.body);
	assert.deepEqual(
		{ ...body, visits: body.visits.map((v) => [v.participantId, v.durationSeconds]) },
		{
			meetingId: 'call_1',
			participants: ['Ana', 'Bruno'],
			totalSeconds: 3480,
			visits: [
				['session_ana', 1800],
				['session_bruno', 1680],
			],
		},
	);
	assert.deepEqual(Object.keys(body.visits[0]), [
		'provider',
		'meetingId',
		'participantId',
		'name',
		'externalId',
		'joinedAt',
		'leftAt',
		'durationSeconds',
	]);
});

test(
	'Twilio attendance: a leave after a join becomes one visit with its duration',
	{ skip },
	async () => {
		sb.reset();
		const url = webhookOf(workflows.twilio);
		const secret = providers.twilio.credentials.authToken;
		const join = await sb.deliver({
			provider: 'twilio',
			url,
			event: 'participant-join',
			data: { Timestamp: 'Tue, 01 Dec 2026 09:00:00 +0000' },
			secret,
		});
		assert.equal(join.status, 200);
		// The join's run must have stored its time before the leave arrives: wait for it to finish.
		await finishedRuns(workflows.twilio.id, 1);
		const leave = await sb.deliver({
			provider: 'twilio',
			url,
			event: 'participant-leave',
			data: { Timestamp: 'Tue, 01 Dec 2026 09:12:30 +0000', SequenceNumber: '2' },
			secret,
		});
		assert.equal(leave.status, 200);
		const [visit] = await probesAt('/_probe/twilio-attendance', 1);
		const body = JSON.parse(visit.body);
		// The join's time lives in the workflow's static data, written by the Code node of the join's run.
		// In queue mode on n8n 2.41 the next run (on a worker) does not see it: measured, with Ignore
		// Duplicates on or off and with or without n8n's publication cache, so it is n8n's, not the trigger's.
		// docs/attendance.md and docs/scaling.md say so; this pins it, so that a fix in n8n shows up here.
		const joinLost =
			Boolean(process.env.E2E_QUEUE_CLUSTER) && process.env.E2E_N8N_LINE !== 'oldest';
		assert.deepEqual(
			[body.provider, body.participantId, body.joinedAt, body.leftAt, body.durationSeconds],
			[
				'twilioConference',
				'CA00000000000000000000000000000002',
				joinLost ? null : '2026-12-01T09:00:00.000Z',
				'2026-12-01T09:12:30.000Z',
				joinLost ? null : 750,
			],
		);
		assert.equal(probes('/_probe/twilio-attendance').length, 1, 'a join alone records nothing');
	},
);
