// Twilio Conference in a real n8n: every operation through `n8n execute` against the sandbox, multi-item,
// continueOnFail, bad input, 429 retry, API-key auth, the trigger behind `n8n start` (Twilio-signed
// callbacks, also sent by the sandbox when the node adds a participant) and the credential test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
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
import twilioSandbox from '../sandbox/providers/twilio.mjs';

const NODE_FILE = 'dist/nodes/TwilioConference/TwilioConference.node.js';
const skip = (packageManifest().nodes ?? []).includes(NODE_FILE)
	? false
	: 'the Twilio Conference node is not in package.json "n8n.nodes"';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'twilio-sandbox-auth-token';
const ROOT = `/twilio/2010-04-01/Accounts/${ACCOUNT}`;
const CF_STANDUP = 'CF00000000000000000000000000000001';
const CF_REVIEW = 'CF00000000000000000000000000000002';
const CF_MISSING = 'CF0000000000000000000000000000dead';
const CRED = { id: 'twilioSandbox001', name: 'Twilio sandbox', type: 'twilioConferenceApi' };
const KEY = { id: 'twilioApiKey0001', name: 'Twilio sandbox API key', type: 'twilioConferenceApi' };
const WRONG = { id: 'twilioWrongTok01', name: 'Twilio wrong token', type: 'twilioConferenceApi' };
const TRIGGER_WEBHOOK_ID = 'e2e0tw00-0000-4000-8000-000000000001';

const rl = (value) => ({ __rl: true, mode: 'id', value });
const tw = (name, resource, operation, params = {}, extra = {}, cred = CRED) => ({
	name,
	type: nodeType('twilioConference'),
	parameters: { resource, operation, ...params },
	credentials: { twilioConferenceApi: { id: cred.id, name: cred.name } },
	executeOnce: true,
	...extra,
});

const workflows = {
	conferences: chainWorkflow('twConferences001', [
		tw('Get Many', 'conference', 'getAll', { returnAll: false, limit: 10 }),
		tw('All Completed', 'conference', 'getAll', {
			returnAll: true,
			filters: { status: 'completed' },
		}),
		tw('Created Today', 'conference', 'getAll', {
			returnAll: true,
			filters: {
				dateCreatedAfter: "={{ $now.toUTC().minus(2, 'hours').toISODate() }}",
				friendlyName: 'daily-standup',
			},
		}),
		tw('Get', 'conference', 'get', { conferenceSid: rl(CF_STANDUP) }),
		tw('Announce', 'conference', 'update', {
			conferenceSid: rl(CF_STANDUP),
			updateFields: { announceUrl: 'https://example.com/announce.xml', announceMethod: 'GET' },
		}),
	]),
	participants: chainWorkflow('twParticipants01', [
		tw('Add', 'participant', 'create', {
			conferenceSid: rl('e2e-room'),
			from: '+1 415 555 0100',
			to: 'client:alice',
			additionalFields: {
				label: 'alice',
				muted: true,
				beep: 'onEnter',
				timeout: 30,
				conferenceStatusCallbackEvent: ['join', 'leave'],
				statusCallbackEvent: ['ringing', 'answered'],
			},
		}),
		tw('Add Second', 'participant', 'create', {
			conferenceSid: rl('={{ $json.conference_sid }}'),
			from: '+14155550100',
			to: 'sip:bob@example.com',
			additionalFields: { label: 'bob', startConferenceOnEnter: true },
		}),
		tw('Get By Label', 'participant', 'get', {
			conferenceSid: rl("={{ $('Add').item.json.conference_sid }}"),
			callSid: rl('alice'),
		}),
		tw('List', 'participant', 'getAll', {
			conferenceSid: rl("={{ $('Add').item.json.conference_sid }}"),
			returnAll: true,
			filters: { muted: true },
		}),
		tw('Hold', 'participant', 'update', {
			conferenceSid: rl("={{ $('Add').item.json.conference_sid }}"),
			callSid: rl('alice'),
			updateFields: { muted: false, hold: true, holdUrl: 'https://example.com/hold.mp3' },
		}),
		tw('Kick', 'participant', 'delete', {
			conferenceSid: rl("={{ $('Add').item.json.conference_sid }}"),
			callSid: rl("={{ $('Add Second').item.json.call_sid }}"),
		}),
		tw('End', 'conference', 'end', {
			conferenceSid: rl("={{ $('Add').item.json.conference_sid }}"),
		}),
	]),
	savedUpdateStatus: chainWorkflow('twSavedUpdate001', [
		tw('Add', 'participant', 'create', {
			conferenceSid: rl('saved-room'),
			from: '+14155550100',
			to: 'client:carol',
		}),
		tw('Update Status', 'conference', 'update', {
			conferenceSid: rl('={{ $json.conference_sid }}'),
			updateFields: { status: 'completed' },
		}),
	]),
	recordings: chainWorkflow('twRecordings0001', [
		tw('Recordings', 'recording', 'getAll', { conferenceSid: rl(CF_REVIEW), returnAll: true }),
		tw('Recording', 'recording', 'get', {
			conferenceSid: rl(CF_REVIEW),
			recordingSid: rl('RE00000000000000000000000000000002'),
		}),
		tw('Pause Current', 'recording', 'update', {
			conferenceSid: rl(CF_STANDUP),
			recordingSid: rl('Twilio.CURRENT'),
			status: 'paused',
			updateFields: { pauseBehavior: 'skip' },
		}),
		tw('Resume', 'recording', 'update', {
			conferenceSid: rl(CF_STANDUP),
			recordingSid: rl('RE00000000000000000000000000000001'),
			status: 'in-progress',
		}),
		tw('Delete', 'recording', 'delete', {
			conferenceSid: rl(CF_REVIEW),
			recordingSid: rl('RE00000000000000000000000000000003'),
		}),
	]),
	multiItem: chainWorkflow('twMultiItem00001', [
		setJson(
			'Inputs',
			`={{ JSON.stringify({ ids: ['${CF_STANDUP}', '${CF_MISSING}', '${CF_REVIEW}'] }) }}`,
			once,
		),
		splitOut('Each Id', 'ids'),
		tw(
			'Get Or Fail',
			'conference',
			'get',
			{ conferenceSid: rl('={{ $json.ids }}') },
			{ executeOnce: false, onError: 'continueRegularOutput' },
		),
	]),
	apiKey: chainWorkflow('twApiKey00000001', [
		tw('With API Key', 'conference', 'get', { conferenceSid: rl(CF_REVIEW) }, {}, KEY),
	]),
	badInput: chainWorkflow('twBadInput000001', [
		tw('Bad Number', 'participant', 'create', {
			conferenceSid: rl(CF_STANDUP),
			from: '+14155550100',
			to: '555-0199',
			additionalFields: {},
		}),
	]),
	notFound: chainWorkflow('twNotFound000001', [
		tw('Missing', 'conference', 'get', { conferenceSid: rl(CF_MISSING) }),
	]),
};

let suite;
let sb;
let n8n;

const twilio = (filter = () => true) =>
	sb.requests.filter((r) => r.provider === 'twilio' && filter(r));
const form = (r) => Object.fromEntries(new URLSearchParams(r.body));
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const runOk = (wf) => executeOk(n8n, wf);

function triggerWorkflow(sandboxUrl) {
	return probedTriggerWorkflow({
		id: 'twTrigger0000001',
		name: 'Twilio trigger e2e',
		sandboxUrl,
		probe: 'twilio-trigger',
		trigger: {
			name: 'Twilio Conference Trigger',
			type: nodeType('twilioConferenceTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: {
				events: ['participant-join', 'participant-leave'],
				options: { outputFormat: 'raw' },
			},
			credentials: { twilioConferenceApi: { id: CRED.id, name: CRED.name } },
		},
	});
}

before(async () => {
	if (skip) return;
	suite = await setupSuite('twilio');
	({ sandbox: sb, n8n } = suite);
	const baseUrl = `${sb.url}/twilio`;
	await n8n.importCredentials([
		{ ...CRED, data: twilioSandbox.credentials(baseUrl) },
		{ ...KEY, data: { ...twilioSandbox.apiKey, baseUrl } },
		{ ...WRONG, data: { ...twilioSandbox.credentials(baseUrl), authToken: 'not-the-token' } },
	]);
	await n8n.importWorkflows([...Object.values(workflows), triggerWorkflow(sb.url)]);
});
after(async () => suite?.close());

test('sandbox signs status callbacks exactly like Twilio (official vector)', { skip }, () => {
	const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
	const payload = {
		CallSid: 'CA1234567890ABCDE',
		Caller: '+14158675309',
		Digits: '1234',
		From: '+14158675309',
		To: '+18005551212',
	};
	const signed = twilioSandbox.webhook.sign({ payload, url, secret: '12345' });
	assert.equal(signed.headers['x-twilio-signature'], 'RSOYDt4T1cUTdK1PDd93/VVr8B8=');
	assert.equal(signed.headers['content-type'], 'application/x-www-form-urlencoded');
	const repeated = twilioSandbox.webhook.sign({
		payload: { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234', '1234'] },
		url,
		secret: '12345',
	});
	assert.equal(repeated.headers['x-twilio-signature'], 'IK+Dwps556ElfBT0I3Rgjkr1wJU=');
});

test(
	'conference: get many (limit), all pages via next_page_uri, date filter, get, update',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.conferences);
		assert.equal(out('Get Many').length, 10);
		const lists = twilio((r) => r.method === 'GET' && r.path === `${ROOT}/Conferences.json`);
		assert.deepEqual(
			lists[0].query,
			{ PageSize: '10' },
			'Limit 10 sends exactly one request with PageSize=10',
		);
		assert.equal(out('All Completed').length, 1003, 'seeded: 1002 archived + design-review');
		assert.deepEqual(lists[1].query, { Status: 'completed', PageSize: '1000' });
		assert.deepEqual(
			lists[2].query,
			{ Status: 'completed', PageSize: '1000', Page: '1' },
			'the root-relative next_page_uri is followed under the base URL',
		);
		assert.deepEqual(
			out('Created Today').map((c) => c.sid),
			[CF_STANDUP],
		);
		assert.equal(
			lists[3].query['DateCreated>'],
			new Date(Date.now() - 2 * 3600e3).toISOString().slice(0, 10),
		);
		assert.equal(lists[3].query.FriendlyName, 'daily-standup');
		assert.equal(lists.length, 4);
		assert.equal(out('Get')[0].sid, CF_STANDUP);
		const [update] = twilio((r) => r.method === 'POST');
		assert.equal(update.path, `${ROOT}/Conferences/${CF_STANDUP}.json`);
		assert.equal(update.headers['content-type'], 'application/x-www-form-urlencoded');
		assert.deepEqual(form(update), {
			AnnounceMethod: 'GET',
			AnnounceUrl: 'https://example.com/announce.xml',
		});
		assert.equal(update.headers.authorization, basic(ACCOUNT, AUTH_TOKEN));
		assert.ok(
			twilio().every((r) => r.status === 200),
			'no request was rejected',
		);
	},
);

test(
	'participant: add by friendly name (form encoded), add, get by label, list, hold, kick; conference end',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.participants);
		const [added] = out('Add');
		assert.equal(added.label, 'alice');
		const posts = twilio((r) => r.method === 'POST');
		assert.equal(posts[0].path, `${ROOT}/Conferences/e2e-room/Participants.json`);
		assert.equal(
			posts[0].body,
			'From=%2B14155550100&To=client%3Aalice&Beep=onEnter&ConferenceStatusCallbackEvent=join&ConferenceStatusCallbackEvent=leave&Label=alice&Muted=true&StatusCallbackEvent=ringing&StatusCallbackEvent=answered&Timeout=30',
		);
		assert.equal(posts[1].path, `${ROOT}/Conferences/${added.conference_sid}/Participants.json`);
		assert.equal(form(posts[1]).To, 'sip:bob@example.com');
		assert.equal(out('Get By Label')[0].call_sid, added.call_sid);
		assert.deepEqual(
			out('List').map((p) => p.label),
			['alice'],
			'filter Muted=true',
		);
		assert.equal(
			twilio((r) => r.path.endsWith('/Participants.json') && r.method === 'GET')[0].query.Muted,
			'true',
		);
		assert.deepEqual(form(posts[2]), {
			Hold: 'true',
			HoldUrl: 'https://example.com/hold.mp3',
			Muted: 'false',
		});
		assert.equal(
			posts[2].path,
			`${ROOT}/Conferences/${added.conference_sid}/Participants/alice.json`,
		);
		assert.deepEqual(out('Kick'), [{ deleted: true, callSid: out('Add Second')[0].call_sid }]);
		assert.deepEqual(form(posts[3]), { Status: 'completed' });
		assert.equal(out('End')[0].status, 'completed');
		assert.ok(
			twilio().every((r) => [200, 201, 204].includes(r.status)),
			JSON.stringify(twilio().map((r) => [r.path, r.status])),
		);
	},
);

test(
	'conference update with Status = Completed (kept for saved workflows) ends it as End does',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.savedUpdateStatus);
		const posts = twilio((r) => r.method === 'POST');
		assert.equal(posts[1].path, `${ROOT}/Conferences/${out('Add')[0].conference_sid}.json`);
		assert.deepEqual(form(posts[1]), { Status: 'completed' });
		assert.equal(out('Update Status')[0].status, 'completed');
	},
);

test('recording: list, get, pause Twilio.CURRENT, resume, delete', { skip }, async () => {
	sb.reset();
	const out = await runOk(workflows.recordings);
	assert.equal(out('Recordings').length, 2);
	assert.equal(out('Recording')[0].sid, 'RE00000000000000000000000000000002');
	assert.equal(out('Pause Current')[0].status, 'paused');
	const posts = twilio((r) => r.method === 'POST');
	assert.equal(posts[0].path, `${ROOT}/Conferences/${CF_STANDUP}/Recordings/Twilio.CURRENT.json`);
	assert.deepEqual(form(posts[0]), { PauseBehavior: 'skip', Status: 'paused' });
	assert.equal(out('Resume')[0].status, 'in-progress');
	assert.deepEqual(out('Delete'), [
		{ deleted: true, recordingSid: 'RE00000000000000000000000000000003' },
	]);
	assert.equal(twilio((r) => r.method === 'DELETE')[0].status, 204);
});

test(
	'multi-item with continueOnFail: one request per item, the failed item carries code and link; 429 (20429) is retried',
	{ skip },
	async () => {
		sb.reset();
		sb.configure({
			failNext: {
				status: 429,
				body: {
					code: 20429,
					message: 'Too Many Requests',
					more_info: 'https://www.twilio.com/docs/errors/20429',
					status: 429,
				},
				match: CF_REVIEW,
			},
		});
		const out = await runOk(workflows.multiItem);
		const results = out('Get Or Fail');
		assert.equal(results.length, 3);
		assert.equal(results[0].sid, CF_STANDUP);
		assert.equal(results[2].sid, CF_REVIEW);
		assert.equal(results[1].statusCode, 404);
		assert.match(results[1].error, /^Twilio returned 404 \(code 20404\)/);
		assert.match(results[1].description, /More: https:\/\/www\.twilio\.com\/docs\/errors\/20404/);
		assert.deepEqual(
			twilio().map((r) => [r.path.split('/').pop(), r.status]),
			[
				[`${CF_STANDUP}.json`, 200],
				[`${CF_MISSING}.json`, 404],
				[`${CF_REVIEW}.json`, 429],
				[`${CF_REVIEW}.json`, 200],
			],
		);
	},
);

test(
	'API key credential: Basic auth with the key SID and secret, Account SID in the path',
	{ skip },
	async () => {
		sb.reset();
		const out = await runOk(workflows.apiKey);
		assert.equal(out('With API Key')[0].sid, CF_REVIEW);
		const [req] = twilio();
		assert.equal(req.path, `${ROOT}/Conferences/${CF_REVIEW}.json`);
		assert.equal(
			req.headers.authorization,
			basic(twilioSandbox.apiKey.apiKeySid, twilioSandbox.apiKey.apiKeySecret),
		);
	},
);

test(
	'bad input fails the run and sends nothing; a 404 fails it with the Twilio code',
	{ skip },
	async () => {
		sb.reset();
		const bad = await n8n.execute(workflows.badInput.id);
		assert.equal(bad.ok, false);
		assert.match(bad.error, /Invalid "To" \(to\) in item 0: must be a phone number in E\.164/);
		assert.equal(twilio().length, 0);
		const missing = await n8n.execute(workflows.notFound.id);
		assert.equal(missing.ok, false);
		assert.match(JSON.stringify(missing.output?.data?.resultData?.error ?? missing.error), /20404/);
		assert.equal(twilio().length, 1);
	},
);

test('trigger and credential test in a running n8n', { skip }, async (t) => {
	await n8n.publish('twTrigger0000001');
	const url = n8n.webhookUrl(TRIGGER_WEBHOOK_ID);
	await n8n.start({ webhooks: [url] });
	sb.reset();
	const probes = () =>
		sb.requests.filter((r) => r.provider === 'probe').map((r) => JSON.parse(r.body));
	const deliver = (opts) => sb.deliver({ provider: 'twilio', url, secret: AUTH_TOKEN, ...opts });
	const waitFor = async (predicate) => {
		for (let i = 0; i < 60 && !probes().some(predicate); i++)
			await new Promise((r) => setTimeout(r, 250));
		await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
	};

	await t.test('forged and unselected deliveries start no run', async () => {
		assert.equal(
			(
				await deliver({
					event: 'participant-join',
					data: { ParticipantLabel: 'forged' },
					forged: true,
				})
			).status,
			401,
		);
		const unselected = await deliver({ event: 'participant-mute' });
		assert.equal(unselected.status, 200);
		assert.deepEqual(JSON.parse(unselected.body), { received: true, started: false });
	});

	await t.test(
		'a Twilio-signed form callback runs the workflow once with the parameters as output',
		async () => {
			const token = `run-${Date.now()}`;
			const res = await deliver({ event: 'participant-join', data: { ParticipantLabel: token } });
			assert.equal(res.status, 200);
			await waitFor((p) => p.ParticipantLabel === token);
			assert.deepEqual(probes(), [Object.fromEntries(new URLSearchParams(res.sent.body))]);
		},
	);

	await t.test(
		'the callback the sandbox sends when a participant is added with our URL',
		async () => {
			sb.reset();
			const res = await fetch(`${sb.url}${ROOT}/Conferences/callback-room/Participants.json`, {
				method: 'POST',
				headers: {
					authorization: basic(ACCOUNT, AUTH_TOKEN),
					'content-type': 'application/x-www-form-urlencoded',
				},
				body: new URLSearchParams([
					['From', '+14155550100'],
					['To', 'client:carol'],
					['Label', 'carol'],
					['ConferenceStatusCallback', url],
					['ConferenceStatusCallbackEvent', 'join'],
				]).toString(),
			});
			assert.equal(res.status, 201);
			await waitFor((p) => p.ParticipantLabel === 'carol');
			const runs = probes();
			assert.equal(runs.length, 1);
			assert.equal(runs[0].StatusCallbackEvent, 'participant-join');
			assert.equal(runs[0].FriendlyName, 'callback-room');
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
			const calls = twilio().map((r) => [r.method, r.path, r.headers.authorization, r.status]);
			assert.deepEqual(calls[0], ['GET', `${ROOT}.json`, basic(ACCOUNT, AUTH_TOKEN), 200]);
			assert.ok(
				calls.length >= 2 &&
					calls.slice(1).every((c) => c[2] === basic(ACCOUNT, 'not-the-token') && c[3] === 401),
				JSON.stringify(calls),
			);
		},
	);
	await n8n.stop();
});

test('sandbox signature equals an independent HMAC-SHA1 over url + sorted params', { skip }, () => {
	const url = 'http://127.0.0.1:5678/webhook/x/webhook';
	const payload = {
		StatusCallbackEvent: 'participant-join',
		ConferenceSid: CF_STANDUP,
		AccountSid: ACCOUNT,
	};
	const expected = createHmac('sha1', AUTH_TOKEN)
		.update(
			`${url}AccountSid${ACCOUNT}ConferenceSid${CF_STANDUP}StatusCallbackEventparticipant-join`,
		)
		.digest('base64');
	assert.equal(
		twilioSandbox.webhook.sign({ payload, url, secret: AUTH_TOKEN }).headers['x-twilio-signature'],
		expected,
	);
});
