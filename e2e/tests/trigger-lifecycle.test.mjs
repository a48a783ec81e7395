// The five triggers' life in a real n8n: published, each answers a signed delivery and starts a run
// (VecTalk also answers its GET handshake); deactivated, n8n answers 404 and nothing runs; activated
// again, deliveries run again. The triggers register nothing with any provider, so activation
// stores nothing: a trigger's static data holds only the deliveries it remembers (Ignore Duplicates).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupSuite, nodeType } from '../lib/suite.mjs';
import { handshake } from '../sandbox/providers/vectalk.mjs';

/** Each trigger: its sandbox module, node, credential type and the field holding what deliveries are proven with. */
const TRIGGERS = {
	whereby: ['whereby', 'wherebyTrigger', 'wherebyApi', 'webhookSecret', 'room.client.joined'],
	twilioConference: [
		'twilio',
		'twilioConferenceTrigger',
		'twilioConferenceApi',
		'authToken',
		'participant-join',
	],
	pagecall: ['pagecall', 'pagecallTrigger', 'pagecallApi', 'webhookSecret', 'sessionJoined'],
	videochamada: [
		'videochamada',
		'videochamadaTrigger',
		'videochamadaApi',
		'webhookSecret',
		'participant.joined',
	],
	vecTalk: ['vectalk', 'vecTalkTrigger', 'vecTalkApi', 'webhookSecret', 'connect'],
};
const PROVIDERS = Object.keys(TRIGGERS);
const WORKFLOW_ID = 'lifecycleTrigger';
const webhookId = (i) => `e2e0lc00-0000-4000-8000-00000000000${i + 1}`;

let suite;
let n8n;
let sb;
const credentials = {};

function workflow() {
	const probe = {
		id: 'probe',
		name: 'Probe',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [440, 0],
		parameters: {
			method: 'POST',
			url: `${sb.url}/_probe/lifecycle`,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify($json) }}',
		},
	};
	const triggers = PROVIDERS.map((provider, i) => {
		const [, node, credentialType, , join] = TRIGGERS[provider];
		return {
			id: `t${i}`,
			name: `${provider} trigger`,
			type: nodeType(node),
			typeVersion: 1,
			position: [0, 200 * i],
			webhookId: webhookId(i),
			parameters: { events: [join], options: {} },
			credentials: { [credentialType]: credentials[provider].ref },
		};
	});
	return {
		id: WORKFLOW_ID,
		name: 'trigger lifecycle e2e',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [...triggers, probe],
		connections: Object.fromEntries(
			triggers.map((t) => [t.name, { main: [[{ node: 'Probe', type: 'main', index: 0 }]] }]),
		),
	};
}

before(async () => {
	suite = await setupSuite('trigger-lifecycle');
	({ n8n, sandbox: sb } = suite);
	for (const provider of PROVIDERS) {
		const [sandboxName, , , secretField] = TRIGGERS[provider];
		const p = sb.providers.find((m) => m.name === sandboxName);
		credentials[provider] = {
			ref: { id: `lifecycle${sandboxName}`.padEnd(16, '0').slice(0, 16), name: `${provider} (lc)` },
			data: p.credentials,
			secret: p.credentials[secretField],
		};
	}
	await n8n.importCredentials(
		PROVIDERS.map((provider) => ({
			...credentials[provider].ref,
			type: TRIGGERS[provider][2],
			data: credentials[provider].data,
		})),
	);
	await n8n.importWorkflows([workflow()]);
});

after(async () => {
	await suite?.close();
});

const probes = () =>
	sb.requests
		.filter((r) => r.provider === 'probe' && r.path === '/_probe/lifecycle')
		.map((r) => JSON.parse(r.body));
const settle = async (count) => {
	for (let i = 0; i < 80 && probes().length < count; i++)
		await new Promise((r) => setTimeout(r, 250));
	await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
};
const deliver = (provider, url, n, opts = {}) =>
	sb.deliver({
		provider: TRIGGERS[provider][0],
		url,
		secret: credentials[provider].secret,
		event: TRIGGERS[provider][4],
		// a fresh id per delivery, so that no delivery is a duplicate of an earlier one
		data: provider === 'vecTalk' ? { id: `wacid.lc-${n}` } : { participantId: `lc-${n}` },
		...opts,
	});
/**
 * Waits until n8n serves (`registered`) or no longer serves a trigger's URL, probing with forged
 * deliveries, which start no run: 401 from the trigger, or 404 from n8n once it is not registered.
 */
const until = async (provider, url, registered) => {
	let status;
	for (let k = 0; k < 120; k++) {
		status = (await deliver(provider, url, 0, { forged: true })).status;
		if (registered ? status !== 404 : status === 404) break;
		await new Promise((r) => setTimeout(r, 250));
	}
	assert.equal(status, registered ? 401 : 404, provider);
};

test('activate, receive, deactivate and activate again', async (t) => {
	await n8n.publish(WORKFLOW_ID);
	const urls = PROVIDERS.map((_, i) => n8n.webhookUrl(webhookId(i)));
	await n8n.start({ webhooks: urls });
	await n8n.login();
	sb.reset();
	const setActive = async (active) => {
		const { body } = await n8n.api('GET', `/rest/workflows/${WORKFLOW_ID}`);
		const { versionId } = body.data ?? body;
		const r = await n8n.api(
			'POST',
			`/rest/workflows/${WORKFLOW_ID}/${active ? 'activate' : 'deactivate'}`,
			active ? { versionId } : {},
		);
		assert.equal(r.status, 200, JSON.stringify(r.body));
	};

	await t.test('published: every trigger starts a run, VecTalk answers its handshake', async () => {
		for (const [i, provider] of PROVIDERS.entries()) {
			const res = await deliver(provider, urls[i], 1);
			assert.equal(res.status, 200, `${provider}: ${res.body}`);
			assert.deepEqual(JSON.parse(res.body), { received: true, started: true }, provider);
		}
		await settle(PROVIDERS.length);
		assert.equal(probes().length, PROVIDERS.length, JSON.stringify(probes()));
		const ok = await handshake({ url: urls[PROVIDERS.indexOf('vecTalk')], challenge: '4711' });
		assert.equal(ok.status, 200);
		assert.equal(ok.body, '4711');
	});

	await t.test('deactivated: n8n answers 404 and nothing runs', async () => {
		await setActive(false);
		for (const [i, provider] of PROVIDERS.entries()) {
			await until(provider, urls[i], false);
			const res = await deliver(provider, urls[i], 2);
			assert.equal(res.status, 404, `${provider}: ${res.body}`);
		}
		await settle(PROVIDERS.length + 1);
		assert.equal(probes().length, PROVIDERS.length, 'no run while deactivated');
	});

	await t.test('activated again: every trigger starts a run again', async () => {
		await setActive(true);
		for (const [i, provider] of PROVIDERS.entries()) {
			await until(provider, urls[i], true);
			const res = await deliver(provider, urls[i], 3);
			assert.equal(res.status, 200, `${provider}: ${res.body}`);
			assert.deepEqual(JSON.parse(res.body), { received: true, started: true }, provider);
		}
		await settle(2 * PROVIDERS.length);
		assert.equal(probes().length, 2 * PROVIDERS.length, JSON.stringify(probes()));
		// Activation stored nothing: a trigger's static data holds only the deliveries it remembers.
		const { body } = await n8n.api('GET', `/rest/workflows/${WORKFLOW_ID}`);
		const staticData = (body.data ?? body).staticData ?? {};
		for (const provider of PROVIDERS) {
			const stored = staticData[`node:${provider} trigger`] ?? {};
			assert.ok(
				Object.keys(stored).every((key) => key === 'seenDeliveries'),
				`${provider}: ${JSON.stringify(stored)}`,
			);
		}
	});
	await n8n.stop();
});
