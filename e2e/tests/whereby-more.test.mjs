// Whereby recordings, transcriptions, insights and room branding in a real n8n, beyond
// whereby.test.mjs: per-item parameters and pairing, continueOnFail with provider errors, query
// mapping of filters, images from binary data, and validation that sends nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packageManifest } from '../lib/n8n.mjs';
import { setupSuite, nodeType, chainWorkflow, outputOf, setJson, once } from '../lib/suite.mjs';

const skip = (packageManifest().nodes ?? []).includes('dist/nodes/Whereby/Whereby.node.js')
	? false
	: 'the Whereby node is not in package.json "n8n.nodes"';
const CRED = { id: 'wherebyMoreCred1', name: 'Whereby sandbox (more)', type: 'wherebyApi' };
const rl = (value) => ({ __rl: true, mode: 'id', value });
const soft = { onError: 'continueRegularOutput' };
const wb = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('whereby'),
	parameters: { resource, operation, ...params },
	credentials: { wherebyApi: { id: CRED.id, name: CRED.name } },
	...extra,
});
const png = Buffer.from('not really a png, but bytes').toString('base64');

/** A Set node with base64 text, then Convert to File making binary field "picture" (image/png). */
const imageNodes = (n) => [
	setJson(`Image Data ${n}`, `={{ JSON.stringify({ png: '${png}' }) }}`),
	{
		name: `To File ${n}`,
		type: 'n8n-nodes-base.convertToFile',
		typeVersion: 1.1,
		parameters: {
			operation: 'toBinary',
			sourceProperty: 'png',
			binaryPropertyName: 'picture',
			options: { dataIsBase64: true, fileName: 'logo.png', mimeType: 'image/png' },
		},
	},
];

const workflows = {
	perItem: chainWorkflow('wbMorePerItem001', [
		setJson(
			'Inputs',
			"={{ JSON.stringify({ rows: [{ id: 'rec-1', room: 'team-standup' }, { id: 'rec-3', room: '/sales-demo' }, { id: 'nope', room: 'https://sandbox-org.whereby.com/customer-call' }] }) }}",
		),
		{ name: 'Rows', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows' } },
		wb('Recording Each', 'recording', 'get', { recordingId: rl('={{ $json.id }}') }, soft),
		wb(
			'Link Each',
			'recording',
			'getAccessLink',
			{ recordingId: rl("={{ $('Rows').item.json.id }}"), options: { validForSeconds: 120 } },
			soft,
		),
		wb('Sessions Each', 'insight', 'getRoomSessions', {
			roomName: "={{ $('Rows').item.json.room }}",
			returnAll: true,
		}),
		wb(
			'Two Recordings',
			'recording',
			'getAll',
			{ returnAll: false, limit: 2, filters: { sortBy: 'startDate:asc' } },
			once,
		),
		wb(
			'Rooms Filtered',
			'insight',
			'getRooms',
			{ returnAll: true, filters: { roomNameStartsWith: 'team' } },
			once,
		),
		wb(
			'By External ID',
			'insight',
			'getParticipants',
			{ roomSessionId: '', returnAll: true, filters: { externalId: 'ext-alice' } },
			once,
		),
		wb(
			'Bulk Delete',
			'transcription',
			'bulkDelete',
			{ transcriptionIds: "={{ ['tr-1', 'tr-2'] }}" },
			once,
		),
		wb('Transcriptions Left', 'transcription', 'getAll', { returnAll: true }, once),
	]),
	branding: chainWorkflow('wbMoreBranding01', [
		wb('Reset Colors', 'room', 'setColors', { roomName: '/team-standup', tokensPreset: 'default' }),
		wb('Default Background', 'room', 'setBackground', {
			roomName: '/team-standup',
			source: 'preset',
		}),
		...imageNodes('1'),
		wb('Logo', 'room', 'setLogo', {
			roomName: 'https://sandbox-org.whereby.com/team-standup',
			source: 'binary',
			binaryPropertyName: 'picture',
		}),
		// An action node outputs the provider's answer, not its input's binary data: make the image again.
		...imageNodes('2'),
		wb('Knock Image', 'room', 'setKnockPageBackground', {
			roomName: 'team-standup',
			source: 'binary',
			binaryPropertyName: 'picture',
		}),
	]),
	rejections: chainWorkflow('wbMoreRejects001', [
		wb('Bad Colour', 'room', 'setColors', { roomName: '/team-standup', primary: '#12345' }, soft),
		wb(
			'Too Long Link',
			'recording',
			'getAccessLink',
			{ recordingId: rl('rec-1'), options: { validForSeconds: 50000 } },
			soft,
		),
		wb('Empty Bulk', 'recording', 'bulkDelete', { recordingIds: ' , ' }, soft),
		wb(
			'Bad Template',
			'summary',
			'create',
			{ transcriptionId: rl('tr-1'), template: '={{ "Poem" }}' },
			soft,
		),
		wb(
			'No Image',
			'room',
			'setLogo',
			{ roomName: '/team-standup', source: 'binary', binaryPropertyName: 'data' },
			soft,
		),
		wb('No Session', 'insight', 'getParticipants', { roomSessionId: '', returnAll: true }, soft),
		wb(
			'Bad Dates',
			'insight',
			'getRooms',
			{
				returnAll: true,
				filters: { createdAtFrom: '2025-06-01T00:00:00Z', createdAtTo: '2025-01-01T00:00:00Z' },
			},
			soft,
		),
	]),
	failsRun: chainWorkflow('wbMoreFailsRun01', [
		wb('Bad Colour', 'room', 'setColors', { roomName: '/team-standup', primary: 'red' }),
	]),
	documentedPrefix: chainWorkflow('wbMorePrefix0001', [
		wb('Documented Prefix', 'meeting', 'create', {
			endDate: "={{ $now.plus(1, 'hour').toISO() }}",
			additionalFields: { roomNamePrefix: 'example-prefix' },
		}),
	]),
	rejectedPrefix: chainWorkflow('wbMorePrefix0002', [
		wb(
			'Rejected Prefix',
			'meeting',
			'create',
			{
				endDate: "={{ $now.plus(1, 'hour').toISO() }}",
				additionalFields: { roomNamePrefix: 'Customer0348-' },
			},
			soft,
		),
	]),
};

let suite;
let sb;
let n8n;
const whereby = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'whereby' && filter(r));

async function runOk(wf) {
	const res = await n8n.execute(wf.id);
	assert.ok(res.ok, `workflow ${wf.id} failed (exit ${res.code}): ${res.error}`);
	const paired = (name) =>
		(res.output?.data?.resultData?.runData?.[name] ?? []).flatMap((r) =>
			r.data.main[0].map((i) => i.pairedItem?.item),
		);
	return { out: (name) => outputOf(res.output, name), paired };
}

before(async () => {
	if (skip) return;
	suite = await setupSuite('whereby-more');
	({ sandbox: sb, n8n } = suite);
	const baseUrl = `${sb.url}/whereby/v1`;
	await n8n.importCredentials([
		{
			...CRED,
			data: {
				apiKey: 'whereby-sandbox-key',
				webhookSecret: 'whereby-sandbox-webhook-secret',
				baseUrl,
			},
		},
	]);
	await n8n.importWorkflows(Object.values(workflows));
});
after(async () => suite?.close());

test(
	'per-item parameters, pairing, provider errors under continueOnFail, filters as query',
	{ skip },
	async () => {
		sb.reset();
		const { out, paired } = await runOk(workflows.perItem);

		const recordings = out('Recording Each');
		assert.deepEqual(
			recordings.map((r) => r.recordingId ?? r.statusCode),
			['rec-1', 'rec-3', 404],
		);
		assert.match(recordings[2].error, /404/);
		assert.deepEqual(paired('Recording Each'), [0, 1, 2]);

		const links = out('Link Each');
		assert.ok(links[0].accessLink, 'a Whereby-hosted recording gets a link');
		assert.equal(links[1].statusCode, 403, "a self-hosted recording gets Whereby's 403");
		assert.match(links[1].description, /stored by Whereby/);
		assert.equal(links[2].statusCode, 404);
		assert.deepEqual(paired('Link Each'), [0, 1, 2]);
		assert.ok(
			whereby((r) => r.path.endsWith('/access-link')).every(
				(r) => r.query.validForSeconds === '120',
			),
		);

		const sessions = whereby((r) => r.path === '/whereby/v1/insights/room-sessions').map(
			(r) => r.query.roomName,
		);
		assert.deepEqual(
			sessions,
			['/team-standup', '/sales-demo', '/customer-call'],
			'bare names and room URLs become room names',
		);
		assert.deepEqual(
			out('Sessions Each').map((s) => s.roomName),
			['/team-standup', '/sales-demo', '/customer-call'],
		);
		assert.deepEqual(paired('Sessions Each'), [0, 1, 2]);

		assert.equal(out('Two Recordings').length, 2);
		const [list] = whereby((r) => r.path === '/whereby/v1/recordings');
		assert.deepEqual(list.query, { limit: '2', sortBy: 'startDate:asc' });

		assert.deepEqual(
			out('Rooms Filtered').map((r) => r.roomName),
			['/team-standup'],
		);
		assert.equal(
			whereby((r) => r.path === '/whereby/v1/insights/rooms')[0].query['roomName[startsWith]'],
			'/team',
		);

		assert.deepEqual(
			out('By External ID').map((p) => p.displayName),
			['Alice', 'Alice', 'Alice'],
		);
		assert.deepEqual(whereby((r) => r.path === '/whereby/v1/insights/participants')[0].query, {
			externalId: 'ext-alice',
			limit: '100',
		});

		assert.deepEqual(out('Bulk Delete'), [{ deleted: true, transcriptionIds: ['tr-1', 'tr-2'] }]);
		assert.deepEqual(
			out('Transcriptions Left').map((t) => t.transcriptionId),
			['tr-3'],
		);
	},
);

test('room branding: reset, images from binary data as multipart, preset', { skip }, async () => {
	sb.reset();
	const { out } = await runOk(workflows.branding);
	const put = (suffix) =>
		whereby(
			(r) => r.method === 'PUT' && r.path === `/whereby/v1/rooms/%2Fteam-standup/theme/${suffix}`,
		);
	assert.deepEqual(JSON.parse(put('tokens')[0].body), { tokensPreset: 'default' });
	for (const suffix of ['logo', 'room-knock-page-background']) {
		const [req] = put(suffix);
		assert.match(req.headers['content-type'], /^multipart\/form-data; boundary=/);
		assert.match(
			req.body,
			/Content-Disposition: form-data; name="image"; filename="logo.png"\r\nContent-Type: image\/png\r\n\r\nnot really a png, but bytes\r\n/,
		);
		assert.equal(req.status, 204);
	}
	assert.deepEqual(JSON.parse(put('room-background')[0].body), {
		palette: 'default',
		theme: 'default',
	});
	assert.deepEqual(out('Logo'), [
		{ success: true, roomName: '/team-standup', image: { fileName: 'logo.png', bytes: 27 } },
	]);
	assert.deepEqual(out('Default Background'), [
		{ success: true, roomName: '/team-standup', palette: 'default', theme: 'default' },
	]);
	assert.equal(whereby().length, 4);
});

test('invalid input is reported per node and sends nothing', { skip }, async () => {
	sb.reset();
	const { out } = await runOk(workflows.rejections);
	const expected = {
		'Bad Colour': /Primary Color.*#RRGGBB/,
		'Too Long Link': /Valid For \(Seconds\).*at most 43200/,
		'Empty Bulk': /Recording IDs.*at least one recording/,
		'Bad Template': /Template.*must be one of/,
		'No Image': /Input Binary Field.*no binary data/,
		'No Session': /Room Session ID.*External ID/,
		'Bad Dates': /Created Before.*must not be before/,
	};
	for (const [name, pattern] of Object.entries(expected)) {
		const items = out(name);
		assert.equal(items.length, 1, name);
		assert.match(items[0].error, pattern, name);
	}
	assert.equal(whereby().length, 0, 'no request reached Whereby');

	const failed = await n8n.execute(workflows.failsRun.id);
	assert.equal(failed.ok, false);
	assert.match(failed.error, /Primary Color/);
	assert.equal(whereby().length, 0);
});

test(
	"room name prefixes with hyphens, as in Whereby's examples, go to Whereby, whose answer is shown with a hint",
	{ skip },
	async () => {
		sb.reset();
		const { out } = await runOk(workflows.documentedPrefix);
		assert.deepEqual(
			whereby((r) => r.method === 'POST').map((r) => [JSON.parse(r.body).roomNamePrefix, r.status]),
			[['example-prefix', 201]],
		);
		assert.match(out('Documented Prefix')[0].roomName, /^\/example-prefix/);

		sb.reset();
		sb.configure({
			failNext: {
				status: 400,
				match: '/meetings',
				body: { error: '"roomNamePrefix" must match [a-z0-9]{0,39}' },
			},
		});
		const rejected = (await runOk(workflows.rejectedPrefix)).out('Rejected Prefix');
		assert.deepEqual(
			whereby().map((r) => JSON.parse(r.body).roomNamePrefix),
			['customer0348-'],
			'sent once, lower-cased',
		);
		assert.equal(rejected[0].statusCode, 400);
		assert.match(rejected[0].error, /roomNamePrefix.* must match \[a-z0-9\]\{0,39\}/);
		assert.match(
			rejected[0].description,
			/uses hyphens in its own examples \(example-prefix\).*remove them/,
		);
	},
);
