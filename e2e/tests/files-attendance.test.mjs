// After the meeting, in a real n8n: recordings and transcripts downloaded from pre-signed links
// (served by the sandbox storage on another origin than the APIs: no credential may reach it, no
// redirect to another server is followed, the size limit holds) and Video Meeting → Get Attendance
// for every provider with attendance.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packageManifest } from '../lib/n8n.mjs';
import { setupSuite, nodeType, chainWorkflow, executeOk, runError } from '../lib/suite.mjs';

const NODES = ['Whereby/Whereby', 'Videochamada/Videochamada', 'VideoMeeting/VideoMeeting'].map(
	(n) => `dist/nodes/${n}.node.js`,
);
const missing = NODES.filter((n) => !(packageManifest().nodes ?? []).includes(n));
const skip = missing.length ? `not in package.json "n8n.nodes": ${missing.join(', ')}` : false;

const CREDS = {
	whereby: { id: 'filesWherebyCred', name: 'Whereby sandbox (files)', type: 'wherebyApi' },
	pagecall: { id: 'filesPagecallCrd', name: 'Pagecall sandbox (files)', type: 'pagecallApi' },
	videochamada: {
		id: 'filesVcCred00001',
		name: 'videochamada sandbox (files)',
		type: 'videochamadaApi',
	},
};
const SECRETS = ['whereby-sandbox-key', 'pagecall-sandbox-token', 'videochamada-sandbox-token'];
const PAGECALL_ROOM = '0005a1b2c3d4e5f6a7b8c9d0';
const rl = (value) => ({ __rl: true, mode: 'id', value });
const once = { executeOnce: true };
const credOf = (provider) => ({
	[CREDS[provider].type]: { id: CREDS[provider].id, name: CREDS[provider].name },
});
const wb = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('whereby'),
	parameters: { resource, operation, ...params },
	credentials: credOf('whereby'),
	...extra,
});
const vc = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('videochamada'),
	parameters: { resource, operation, ...params },
	credentials: credOf('videochamada'),
	...extra,
});
const attendance = (name, provider, meetingId, extra = {}) => ({
	name,
	type: nodeType('videoMeeting'),
	parameters: {
		provider,
		resource: 'meeting',
		operation: 'getAttendance',
		meetingId,
		returnAll: true,
		...extra,
	},
	credentials: credOf(provider),
	...once,
});

const workflows = {
	downloads: chainWorkflow('filesDownloads01', [
		wb('Recording File', 'recording', 'getAccessLink', {
			recordingId: rl('rec-1'),
			download: true,
			binaryPropertyName: 'video',
			options: { validForSeconds: 60 },
		}),
		wb(
			'Transcript',
			'transcription',
			'getAccessLink',
			{
				transcriptionId: rl('tr-2'),
				download: true,
				binaryPropertyName: 'transcriptFile',
				includeText: true,
			},
			once,
		),
		vc(
			'Call Recording File',
			'recording',
			'getDownloadUrl',
			{ fileId: 'file_1_2', download: true, binaryPropertyName: 'data' },
			once,
		),
	]),
	redirected: chainWorkflow('filesRedirect001', [
		wb('Recording File', 'recording', 'getAccessLink', {
			recordingId: rl('rec-1'),
			download: true,
			binaryPropertyName: 'data',
		}),
	]),
	tooLarge: chainWorkflow('filesTooLarge001', [
		wb('Recording File', 'recording', 'getAccessLink', {
			recordingId: rl('rec-1'),
			download: true,
			binaryPropertyName: 'data',
			options: { maxFileSizeMb: 1 },
		}),
	]),
	attendance: chainWorkflow('filesAttendance1', [
		wb(
			'Rooms',
			'insight',
			'getRooms',
			{ returnAll: true, filters: { roomNameStartsWith: 'team' } },
			once,
		),
		attendance('Whereby Attendance', 'whereby', '={{ $json.roomName }}'),
		attendance('Pagecall Attendance', 'pagecall', PAGECALL_ROOM),
		attendance('Pagecall First Five', 'pagecall', PAGECALL_ROOM, { returnAll: false, limit: 5 }),
		attendance('Videochamada Attendance', 'videochamada', 'call_1'),
	]),
};

let suite;
let sb;
let n8n;
const storage = () => sb.requests.filter((r) => r.provider === 'storage');

/** Every request that reached the storage carried none of the providers' credentials. */
function assertNoCredentialReachedStorage() {
	for (const r of storage()) {
		assert.equal(
			r.headers.authorization,
			undefined,
			`Authorization sent to the storage for ${r.path}`,
		);
		const headers = JSON.stringify(r.headers);
		for (const secret of SECRETS)
			assert.ok(!headers.includes(secret), `a credential reached the storage for ${r.path}`);
	}
}

/** The binary data of the items of node `name` in a run's output. */
const binaryOf = (output, name) =>
	(output?.data?.resultData?.runData?.[name] ?? []).flatMap((r) =>
		r.data.main[0].map((i) => i.binary),
	);

before(async () => {
	if (skip) return;
	suite = await setupSuite('files-attendance');
	({ sandbox: sb, n8n } = suite);
	const base = (name) => sb.providers.find((p) => p.name === name).baseUrl;
	await n8n.importCredentials([
		{ ...CREDS.whereby, data: { apiKey: 'whereby-sandbox-key', baseUrl: base('whereby') } },
		{ ...CREDS.pagecall, data: { apiToken: 'pagecall-sandbox-token', baseUrl: base('pagecall') } },
		{
			...CREDS.videochamada,
			data: { apiToken: 'videochamada-sandbox-token', baseUrl: base('videochamada') },
		},
	]);
	await n8n.importWorkflows(Object.values(workflows));
});
after(async () => suite?.close());

test(
	'recordings and transcripts download from another origin as binary data and text, without any credential',
	{ skip },
	async () => {
		sb.reset();
		const res = await n8n.execute(workflows.downloads.id);
		assert.ok(res.ok, `run failed: ${res.error}`);
		const recording = binaryOf(res.output, 'Recording File')[0].video;
		assert.equal(recording.fileName, 'recording-1.mp4');
		assert.equal(recording.mimeType, 'video/mp4');
		assert.equal(recording.bytes, 64 * 1024);
		const transcriptItem = res.output.data.resultData.runData.Transcript[0].data.main[0][0];
		assert.match(
			transcriptItem.json.transcript,
			/^# Transcript of whereby\/transcription-2\.md\n\n\*\*Alice\*\* \(00:00:02\)/,
		);
		assert.equal(transcriptItem.binary.transcriptFile.fileName, 'transcription-2.md');
		assert.equal(transcriptItem.binary.transcriptFile.mimeType, 'text/markdown');
		const callFile = binaryOf(res.output, 'Call Recording File')[0].data;
		assert.deepEqual(
			[callFile.fileName, callFile.mimeType, callFile.bytes],
			['session_bruno.mp4', 'video/mp4', 64 * 1024],
		);

		// One storage request per file, all answered 200 (the storage refuses a request with an Authorization header).
		assert.deepEqual(
			storage().map((r) => [r.path, r.status]),
			[
				['/whereby/recording-1.mp4', 200],
				['/whereby/transcription-2.md', 200],
				['/videochamada/rec_1/session_bruno.mp4', 200],
			],
		);
		assertNoCredentialReachedStorage();
		for (const r of storage()) assert.notEqual(r.headers.host, new URL(sb.url).host);
		// The API requests did carry the credential.
		assert.equal(
			sb.requests.find((r) => r.provider === 'whereby').headers.authorization,
			'Bearer whereby-sandbox-key',
		);
	},
);

test(
	'a link that redirects to another server is not followed, and a file over Max File Size is refused',
	{ skip },
	async () => {
		sb.reset();
		sb.configure({
			failNext: {
				status: 302,
				headers: { location: `${sb.url}/_probe/followed-redirect` },
				match: '.mp4',
			},
		});
		const redirected = await n8n.execute(workflows.redirected.id);
		assert.equal(redirected.ok, false);
		assert.match(
			`${redirected.error} ${JSON.stringify(runError(redirected.output) ?? '')}`,
			/redirected to another server \(http:\/\/127\.0\.0\.1:\d+\); not followed/,
		);
		assert.equal(
			sb.requests.filter((r) => r.provider === 'probe').length,
			0,
			'the redirect target was contacted',
		);

		sb.reset();
		const big = 'x'.repeat(1024 * 1024 + 1);
		sb.configure({
			failNext: { status: 200, headers: { 'content-type': 'video/mp4' }, body: big, match: '.mp4' },
		});
		const tooLarge = await n8n.execute(workflows.tooLarge.id);
		assert.equal(tooLarge.ok, false);
		assert.match(
			`${tooLarge.error} ${JSON.stringify(runError(tooLarge.output) ?? '')}`,
			/larger than the limit of 1 MB \(its size is 1048577 bytes\)/,
		);
		assertNoCredentialReachedStorage();
	},
);

test(
	'Get Attendance: one item per visit in one shape for Whereby, Pagecall and videochamada',
	{ skip },
	async () => {
		sb.reset();
		const out = await executeOk(n8n, workflows.attendance);
		const keys = [
			'provider',
			'meetingId',
			'participantId',
			'name',
			'externalId',
			'joinedAt',
			'leftAt',
			'durationSeconds',
			'data',
		];

		const whereby = out('Whereby Attendance');
		assert.deepEqual(
			whereby.map((v) => [v.provider, v.meetingId, v.name, v.externalId, v.durationSeconds]),
			[
				['whereby', '/team-standup', 'Alice', 'ext-alice', 1800],
				['whereby', '/team-standup', 'Bob', 'ext-bob', 1800],
			],
		);
		assert.deepEqual(Object.keys(whereby[0]), keys);
		const wbRequests = sb.requests.filter(
			(r) => r.provider === 'whereby' && r.path.includes('/insights/'),
		);
		assert.deepEqual(
			wbRequests.map((r) => [r.path, r.query.roomName ?? r.query.roomSessionId]),
			[
				['/whereby/v1/insights/rooms', undefined],
				['/whereby/v1/insights/room-sessions', '/team-standup'],
				['/whereby/v1/insights/participants', 'session-1'],
			],
		);

		const pagecall = out('Pagecall Attendance');
		assert.equal(pagecall.length, 35, 'all sessions across pages of 30');
		assert.deepEqual(Object.keys(pagecall[0]), keys);
		assert.deepEqual(
			[
				pagecall[0].externalId,
				pagecall[0].durationSeconds,
				pagecall[34].leftAt,
				pagecall[34].durationSeconds,
			],
			['sandbox-user-1', 0, null, null],
		);
		assert.equal(out('Pagecall First Five').length, 5);

		const vcVisits = out('Videochamada Attendance');
		assert.deepEqual(
			vcVisits.map((v) => [v.participantId, v.name, v.joinedAt, v.leftAt, v.durationSeconds]),
			[
				['session_ana', 'Ana', '2025-10-01T10:05:00.000Z', '2025-10-01T10:35:00.000Z', 1800],
				['session_bruno', 'Bruno', '2025-10-01T10:06:00.000Z', '2025-10-01T10:34:00.000Z', 1680],
			],
		);
	},
);
