// The five triggers' life in a real n8n: published (activated as the editor does), each answers a
// signed delivery and starts a run (VecTalk also answers its GET handshake); deactivated, n8n answers
// 404 and nothing runs; activated again, deliveries run again. The triggers register nothing with any provider, so activation
// stores nothing: a trigger's static data holds only the deliveries it remembers (Ignore Duplicates).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupSuite, nodeType, probedTriggerWorkflow } from '../lib/suite.mjs';
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
/** One workflow per trigger, each into a probe; they are activated and deactivated together. */
const workflowId = (i) => `lifecycleTrigge${i}`;
const webhookId = (i) => `e2e0lc00-0000-4000-8000-00000000000${i + 1}`;

let suite;
let n8n;
let sb;
const credentials = {};

const workflow = (provider, i) =>
	probedTriggerWorkflow({
		id: workflowId(i),
		name: `trigger lifecycle e2e: ${provider}`,
		sandboxUrl: sb.url,
		probe: 'lifecycle',
		trigger: {
			name: `${provider} trigger`,
			type: nodeType(TRIGGERS[provider][1]),
			webhookId: webhookId(i),
			parameters: { events: [TRIGGERS[provider][4]], options: {} },
			credentials: { [TRIGGERS[provider][2]]: credentials[provider].ref },
		},
	});

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
	await n8n.importWorkflows(PROVIDERS.map(workflow));
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
	const urls = PROVIDERS.map((_, i) => n8n.webhookUrl(webhookId(i)));
	await n8n.start();
	// Nothing is published yet, so start() waits for no webhook: the REST API may still be mounting.
	for (let k = 0; ; k++) {
		try {
			await n8n.login();
			break;
		} catch (error) {
			if (k >= 120) throw error;
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	sb.reset();
	const stored = async (i) => {
		const { body } = await n8n.api('GET', `/rest/workflows/${workflowId(i)}`);
		return body.data ?? body;
	};
	/** Activates (publishes) or deactivates the five workflows as the editor does, and waits for n8n to follow. */
	const setActive = async (active) => {
		for (const [i, provider] of PROVIDERS.entries()) {
			const { versionId } = await stored(i);
			const r = await n8n.api(
				'POST',
				`/rest/workflows/${workflowId(i)}/${active ? 'activate' : 'deactivate'}`,
				active ? { versionId } : {},
			);
			assert.equal(r.status, 200, JSON.stringify(r.body));
			await until(provider, urls[i], active);
		}
	};

	/** Delivers a fresh signed event (`n`) to every trigger; each must answer that it started a run. */
	const deliverToAll = async (n) => {
		for (const [i, provider] of PROVIDERS.entries()) {
			const res = await deliver(provider, urls[i], n);
			assert.equal(res.status, 200, `${provider}: ${res.body}`);
			assert.deepEqual(JSON.parse(res.body), { received: true, started: true }, provider);
		}
	};

	await t.test('published: every trigger starts a run, VecTalk answers its handshake', async () => {
		await setActive(true);
		await deliverToAll(1);
		await settle(PROVIDERS.length);
		assert.equal(probes().length, PROVIDERS.length, JSON.stringify(probes()));
		const ok = await handshake({ url: urls[PROVIDERS.indexOf('vecTalk')], challenge: '4711' });
		assert.equal(ok.status, 200);
		assert.equal(ok.body, '4711');
	});

	await t.test('deactivated: n8n answers 404 and nothing runs', async () => {
		await setActive(false);
		for (const [i, provider] of PROVIDERS.entries()) {
			const res = await deliver(provider, urls[i], 2);
			assert.equal(res.status, 404, `${provider}: ${res.body}`);
		}
		await settle(PROVIDERS.length + 1);
		assert.equal(probes().length, PROVIDERS.length, 'no run while deactivated');
	});

	await t.test('activated again: every trigger starts a run again', async () => {
		await setActive(true);
		await deliverToAll(3);
		await settle(2 * PROVIDERS.length);
		assert.equal(probes().length, 2 * PROVIDERS.length, JSON.stringify(probes()));
		// Activation stored nothing: a trigger's static data holds only the deliveries it remembers.
		for (const [i, provider] of PROVIDERS.entries()) {
			const node = (await stored(i)).staticData?.[`node:${provider} trigger`] ?? {};
			assert.ok(
				Object.keys(node).every((key) => key === 'seenDeliveries'),
				`${provider}: ${JSON.stringify(node)}`,
			);
		}
	});
	await n8n.stop();
});
