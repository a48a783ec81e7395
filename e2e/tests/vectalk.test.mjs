// VecTalk in a real n8n: every operation through `n8n execute`, multi-item, continueOnFail, bad input,
// retries, the trigger (signed deliveries and the GET handshake) behind `n8n start`, and the
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
import { handshake } from '../sandbox/providers/vectalk.mjs';

const NODE_FILE = 'dist/nodes/VecTalk/VecTalk.node.js';
const skip = (packageManifest().nodes ?? []).includes(NODE_FILE)
	? false
	: 'the VecTalk node is not in package.json "n8n.nodes"';

const CRED = { id: 'vecTalkSandbox01', name: 'VecTalk sandbox', type: 'vecTalkApi' };
const WRONG = { id: 'vecTalkWrongKey1', name: 'VecTalk wrong token', type: 'vecTalkApi' };
const TOKEN = 'vectalk-sandbox-token';
const SECRET = 'vectalk-sandbox-webhook-secret';
const VERIFY = 'vectalk-sandbox-verify-token';
const SIP_PASSWORD = 'vectalk-sandbox-sip-password';
const TRIGGER_WEBHOOK_ID = 'e2e0vt00-0000-4000-8000-000000000007';
const SETTINGS = '/vectalk/api/phone-numbers/settings';
const TERMINATE = '/vectalk/api/calls/terminate';

const vt = (name, resource, operation, params = {}, extra = {}) => ({
	name,
	type: nodeType('vecTalk'),
	parameters: { resource, operation, ...params },
	credentials: { vecTalkApi: { id: CRED.id, name: CRED.name } },
	...extra,
});

const fullUpdate = {
	status: 'ENABLED',
	callIconVisibility: 'DEFAULT',
	callbackPermissionStatus: 'ENABLED',
	srtpKeyExchangeProtocol: 'SDES',
	sipStatus: 'ENABLED',
	sipServers: {
		server: [
			{
				hostname: 'pbx.example.com',
				port: 5061,
				requestUriUserParams: { parameter: [{ key: 'tgrp', value: 'wa' }] },
			},
		],
	},
	videoStatus: 'ENABLED',
	audioStatus: 'ENABLED',
	callHours: {
		hours: {
			status: 'ENABLED',
			timezoneId: 'America/Sao_Paulo',
			weeklyOperatingHours: {
				range: [
					{ dayOfWeek: 'MONDAY', openTime: '0900', closeTime: '1200' },
					{ dayOfWeek: 'MONDAY', openTime: '13:00', closeTime: '1800' },
				],
			},
			holidaySchedule: { holiday: [{ date: '2026-12-25', startTime: '0000', endTime: '2359' }] },
		},
	},
	restrictToUserCountries: 'br, pt',
};

const workflows = {
	settings: chainWorkflow('vtSettings000001', [
		vt('Get', 'callingSettings', 'get', {}, once),
		vt(
			'Get With SIP',
			'callingSettings',
			'get',
			{ options: { includeSipCredentials: true } },
			once,
		),
		vt('Update', 'callingSettings', 'update', { updateFields: fullUpdate }, once),
		vt('Disable', 'callingSettings', 'disable', {}, once),
		vt('Enable', 'callingSettings', 'enable', {}, once),
		vt('Terminate', 'call', 'terminate', { callId: 'wacid.sandbox-call-3' }, once),
	]),
	multiItemAndContinueOnFail: chainWorkflow('vtMultiItem00001', [
		setJson(
			'Inputs',
			"={{ JSON.stringify({ ids: ['wacid.sandbox-call-1', 'wacid.not-active', 'wacid.sandbox-call-2'] }) }}",
		),
		splitOut('Each Id', 'ids'),
		vt(
			'Terminate Each',
			'call',
			'terminate',
			{ callId: '={{ $json.ids }}' },
			{ onError: 'continueRegularOutput' },
		),
		vt('Countries Per Item', 'callingSettings', 'update', {
			updateFields: {
				restrictToUserCountries: "={{ $('Each Id').item.json.ids.endsWith('1') ? 'BR' : 'PT' }}",
			},
		}),
	]),
	documentedExample: chainWorkflow('vtDocExample0001', [
		setJson('Inputs', "={{ JSON.stringify({ status: 'enabled' }) }}"),
		vt('VecTalk Example', 'callingSettings', 'update', {
			updateFields: {
				status: '={{ $json.status }}',
				callIconVisibility: 'DEFAULT',
				sipStatus: '={{ $json.status }}',
				srtpKeyExchangeProtocol: 'DTLS',
			},
		}),
		vt('Read Back', 'callingSettings', 'get', {}, once),
	]),
	badInput: chainWorkflow('vtBadInput000001', [
		vt('Three Ranges', 'callingSettings', 'update', {
			updateFields: {
				callHours: {
					hours: {
						status: 'ENABLED',
						timezoneId: 'America/Sao_Paulo',
						weeklyOperatingHours: {
							range: ['0800', '1000', '1200'].map((t) => ({
								dayOfWeek: 'TUESDAY',
								openTime: t,
								closeTime: String(Number(t) + 100).padStart(4, '0'),
							})),
						},
					},
				},
			},
		}),
	]),
	retries: chainWorkflow('vtRetries0000001', [
		vt('Get After 429 and 503', 'callingSettings', 'get', {}, once),
	]),
	apiError: chainWorkflow('vtApiError000001', [
		vt('SDES Rejected', 'callingSettings', 'disable', {}, once),
	]),
};

let suite;
let sb;
let n8n;

const vectalk = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'vectalk' && filter(r));
const body = (r) => JSON.parse(r.body);

const runOk = (wf) => executeOk(n8n, wf);

before(async () => {
	if (skip) return;
	suite = await setupSuite('vectalk');
	({ sandbox: sb, n8n } = suite);
	const baseUrl = `${sb.url}/vectalk`;
	await n8n.importCredentials([
		{ ...CRED, data: { apiToken: TOKEN, webhookSecret: SECRET, verifyToken: VERIFY, baseUrl } },
		{
			...WRONG,
			data: { apiToken: 'not-the-token', webhookSecret: SECRET, verifyToken: VERIFY, baseUrl },
		},
	]);
	await n8n.importWorkflows([...Object.values(workflows), triggerWorkflow(sb.url)]);
});
after(async () => suite?.close());

test('calling settings get / update / enable / disable and call terminate', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.settings);

	const gets = vectalk((r) => r.method === 'GET' && r.path === SETTINGS);
	assert.deepEqual(
		gets.map((r) => r.query),
		[{}, { include_sip_credentials: 'true' }],
	);
	assert.equal(gets[0].headers.authorization, `Bearer ${TOKEN}`);
	assert.equal(out('Get')[0].calling.sip.servers[0].hostname, 'sip.sandbox.example');
	assert.ok(
		!JSON.stringify(out('Get')).includes(SIP_PASSWORD),
		'no SIP password without the option',
	);
	assert.equal(out('Get With SIP')[0].calling.sip.servers[0].password, SIP_PASSWORD);

	const posts = vectalk((r) => r.method === 'POST' && r.path === SETTINGS).map(body);
	assert.deepEqual(posts[0], {
		calling: {
			status: 'enabled',
			call_icon_visibility: 'DEFAULT',
			callback_permission_status: 'enabled',
			srtp_key_exchange_protocol: 'SDES',
			sip: {
				status: 'enabled',
				servers: [
					{ hostname: 'pbx.example.com', port: 5061, request_uri_user_params: { tgrp: 'wa' } },
				],
			},
			video: { status: 'enabled' },
			audio: { status: 'enabled' },
			call_hours: {
				status: 'enabled',
				timezone_id: 'America/Sao_Paulo',
				weekly_operating_hours: [
					{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1200' },
					{ day_of_week: 'MONDAY', open_time: '1300', close_time: '1800' },
				],
				holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359' }],
			},
			call_icons: { restrict_to_user_countries: ['BR', 'PT'] },
		},
	});
	assert.deepEqual(posts.slice(1), [
		{ calling: { status: 'disabled' } },
		{ calling: { status: 'enabled' } },
	]);
	for (const name of ['Update', 'Disable', 'Enable'])
		assert.deepEqual(out(name), [{ success: true }], name);

	assert.deepEqual(body(vectalk((r) => r.path === TERMINATE)[0]), {
		call_id: 'wacid.sandbox-call-3',
	});
	assert.deepEqual(out('Terminate'), [{ success: true, callId: 'wacid.sandbox-call-3' }]);
	assert.ok(
		vectalk().every((r) => r.status === 200),
		'no request was rejected',
	);
});

test('multi-item run (one request per item) and continueOnFail', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.multiItemAndContinueOnFail);
	assert.deepEqual(
		vectalk((r) => r.path === TERMINATE).map((r) => body(r).call_id),
		['wacid.sandbox-call-1', 'wacid.not-active', 'wacid.sandbox-call-2'],
	);
	const results = out('Terminate Each');
	assert.equal(results.length, 3);
	assert.deepEqual(results[0], { success: true, callId: 'wacid.sandbox-call-1' });
	assert.equal(results[1].statusCode, 404);
	assert.match(results[1].error, /Call not found/);
	assert.deepEqual(results[2], { success: true, callId: 'wacid.sandbox-call-2' });
	const countries = vectalk((r) => r.method === 'POST' && r.path === SETTINGS).map(
		(r) => body(r).calling.call_icons.restrict_to_user_countries,
	);
	assert.deepEqual(countries, [['BR'], ['PT'], ['PT']], 'each item sends its own value');
	assert.equal(out('Countries Per Item').length, 3);
});

test(
	"VecTalk's documented POST example, from lowercase input, is sent as documented and accepted",
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.documentedExample);
		const posts = vectalk((r) => r.method === 'POST' && r.path === SETTINGS);
		assert.deepEqual(posts.map(body), [
			{
				calling: {
					status: 'enabled',
					call_icon_visibility: 'DEFAULT',
					sip: { status: 'enabled' },
					srtp_key_exchange_protocol: 'DTLS',
				},
			},
		]);
		assert.equal(posts[0].status, 200);
		assert.deepEqual(out('VecTalk Example'), [{ success: true }]);
		assert.equal(out('Read Back')[0].calling.status, 'enabled');
		assert.equal(out('Read Back')[0].calling.sip.status, 'enabled');
	},
);

test(
	'a limit only third parties document (three ranges a day) goes to VecTalk, whose answer fails the run',
	{ skip },
	async () => {
		sb.reset();
		const res = await n8n.execute(workflows.badInput.id);
		assert.equal(res.ok, false);
		assert.match(
			res.error,
			/VecTalk returned 400 \(code 100\): \(#100\) Invalid parameter — At most 2 operating hour ranges are allowed for TUESDAY/,
		);
		assert.deepEqual(
			vectalk().map((r) => [r.method, r.status]),
			[['POST', 400]],
			'sent once, answered by VecTalk',
		);
	},
);

test(
	'429 and 503 on a GET are retried; a rejected POST fails with the provider message, sent once',
	{ skip },
	async () => {
		sb.reset();
		sb.configure({ failNext: [{ status: 429, headers: { 'retry-after': '1' } }, { status: 503 }] });
		const out = await runOk(workflows.retries);
		assert.deepEqual(
			vectalk().map((r) => r.status),
			[429, 503, 200],
		);
		assert.equal(out('Get After 429 and 503').length, 1);

		sb.reset();
		sb.configure({
			failNext: {
				status: 400,
				body: {
					error: {
						message: '(#100) Invalid parameter',
						code: 100,
						error_data: { details: 'Calling is not available for this phone number' },
					},
				},
			},
		});
		const res = await n8n.execute(workflows.apiError.id);
		assert.equal(res.ok, false);
		assert.match(
			res.error,
			/VecTalk returned 400 \(code 100\): \(#100\) Invalid parameter — Calling is not available/,
		);
		assert.equal(vectalk().length, 1);
	},
);

function triggerWorkflow(sandboxUrl) {
	return probedTriggerWorkflow({
		id: 'vtTrigger0000001',
		name: 'VecTalk trigger e2e',
		sandboxUrl,
		probe: 'vectalk-trigger',
		trigger: {
			name: 'VecTalk Trigger',
			type: nodeType('vecTalkTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: { events: ['connect'], options: { outputFormat: 'raw' } },
			credentials: { vecTalkApi: { id: CRED.id, name: CRED.name } },
		},
	});
}

test('trigger, handshake and credential test in a running n8n', { skip }, async (t) => {
	await n8n.publish('vtTrigger0000001');
	const url = n8n.webhookUrl(TRIGGER_WEBHOOK_ID);
	await n8n.start({ webhooks: [url] });
	sb.reset();
	const probes = () =>
		sb.requests.filter((r) => r.provider === 'probe').map((r) => JSON.parse(r.body));
	const deliver = (opts) => sb.deliver({ provider: 'vectalk', url, secret: SECRET, ...opts });

	await t.test(
		'subscription handshake: the challenge only for the right verify token',
		async () => {
			const ok = await handshake({ url, verifyToken: VERIFY, challenge: '1158201444' });
			assert.equal(ok.status, 200);
			assert.equal(ok.body, '1158201444');
			assert.match(ok.contentType, /^text\/plain/);
			assert.equal((await handshake({ url, verifyToken: 'wrong-token' })).status, 403);
			assert.equal(
				(await handshake({ url, verifyToken: VERIFY, mode: 'unsubscribe' })).status,
				403,
			);
		},
	);

	await t.test('forged and unselected deliveries start no run', async () => {
		assert.equal((await deliver({ event: 'connect', forged: true })).status, 401);
		assert.equal((await deliver({ event: 'terminate' })).status, 200);
	});

	await t.test('a signed delivery runs the workflow with the call event as output', async () => {
		const token = `wacid.run-${Date.now()}`;
		const res = await deliver({ event: 'connect', data: { id: token } });
		assert.equal(res.status, 200);
		const value = JSON.parse(res.sent.body).entry[0].changes[0].value;
		for (let i = 0; i < 60 && !probes().some((p) => p.id === token); i++)
			await new Promise((r) => setTimeout(r, 250));
		await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
		assert.deepEqual(
			probes(),
			[
				{
					...value.calls[0],
					metadata: value.metadata,
					contact: value.contacts[0],
					wabaId: '102290129340398',
				},
			],
			'exactly one run for the connect event',
		);
	});

	await t.test(
		'credential test: passes against the sandbox, fails with a wrong token',
		async () => {
			await n8n.login();
			sb.reset();
			assert.equal((await n8n.testCredential(CRED)).status, 'OK');
			const bad = await n8n.testCredential(WRONG);
			assert.equal(bad.status, 'Error', JSON.stringify(bad));
			const calls = vectalk().map((r) => [r.headers.authorization, r.status]);
			assert.deepEqual(calls[0], [`Bearer ${TOKEN}`, 200]);
			assert.ok(
				calls.slice(1).every((c) => c[0] === 'Bearer not-the-token' && c[1] === 401),
				JSON.stringify(calls),
			);
			assert.ok(
				vectalk().every((r) => r.method === 'GET' && r.path === SETTINGS),
				'the declared test request',
			);
		},
	);
	await n8n.stop();
});
