// Join/leave events in one shape, without duplicates, in a real n8n: all five triggers (in one
// published workflow) output the normalized item for sandbox-signed deliveries; the second of two
// identical deliveries starts no run, also after an n8n restart; and the example "when a participant
// joins, post it" (examples/participant-joined-post.json, as `npm run demo` loads it) runs for each
// provider with participants against the sandbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packageManifest } from '../lib/n8n.mjs';
import { setupSuite, nodeType } from '../lib/suite.mjs';
import { JOIN_TRIGGERS, participantJoinedPost } from '../../scripts/demo-workflows.mjs';

const TRIGGER_FILES = [
	'Whereby/WherebyTrigger',
	'TwilioConference/TwilioConferenceTrigger',
	'Pagecall/PagecallTrigger',
	'Videochamada/VideochamadaTrigger',
	'VecTalk/VecTalkTrigger',
];
const built = packageManifest().nodes ?? [];
const skip = TRIGGER_FILES.every((f) => built.includes(`dist/nodes/${f}.node.js`))
	? false
	: 'not all five triggers are in package.json "n8n.nodes"';

/** Each trigger: its sandbox module, node, credential field and secret, the join event and the normalized event it becomes. */
const TRIGGERS = {
	whereby: {
		sandbox: 'whereby',
		node: 'wherebyTrigger',
		credentialType: 'wherebyApi',
		secretField: 'webhookSecret',
		join: 'room.client.joined',
		event: 'participant.joined',
	},
	twilioConference: {
		sandbox: 'twilio',
		node: 'twilioConferenceTrigger',
		credentialType: 'twilioConferenceApi',
		secretField: 'authToken',
		join: 'participant-join',
		event: 'participant.joined',
	},
	pagecall: {
		sandbox: 'pagecall',
		node: 'pagecallTrigger',
		credentialType: 'pagecallApi',
		secretField: 'webhookSecret',
		join: 'sessionJoined',
		event: 'participant.joined',
	},
	videochamada: {
		sandbox: 'videochamada',
		node: 'videochamadaTrigger',
		credentialType: 'videochamadaApi',
		secretField: 'webhookSecret',
		join: 'participant.joined',
		event: 'participant.joined',
	},
	vecTalk: {
		sandbox: 'vectalk',
		node: 'vecTalkTrigger',
		credentialType: 'vecTalkApi',
		secretField: 'webhookSecret',
		join: 'connect',
		event: 'meeting.started',
	},
};
const PROVIDERS = Object.keys(TRIGGERS);
const webhookId = (i) => `e2e0ev00-0000-4000-8000-00000000000${i + 1}`;
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let suite;
let n8n;
let sb;
let credentials;

/** The sandbox credential of a sandbox provider, with the id and name `npm run demo` gives it. */
const credentialOf = (p) => ({
	id: `sandbox${p.name}`.padEnd(16, '0').slice(0, 16),
	name: `${p.name[0].toUpperCase()}${p.name.slice(1)} (sandbox)`,
});

/** One workflow: the five triggers (options left at their defaults), each into one probe that posts its item. */
function allTriggersWorkflow() {
	const probe = {
		id: 'probe',
		name: 'Probe',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [440, 0],
		parameters: {
			method: 'POST',
			url: `${sb.url}/_probe/events`,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify($json) }}',
		},
	};
	const triggers = PROVIDERS.map((provider, i) => {
		const t = TRIGGERS[provider];
		return {
			id: `t${i}`,
			name: `${provider} trigger`,
			type: nodeType(t.node),
			typeVersion: 1,
			position: [0, 200 * i],
			webhookId: webhookId(i),
			parameters: { events: [t.join], options: {} },
			credentials: { [t.credentialType]: credentials[provider].ref },
		};
	});
	const connections = Object.fromEntries(
		triggers.map((t) => [t.name, { main: [[{ node: 'Probe', type: 'main', index: 0 }]] }]),
	);
	return {
		id: 'eventsAllTrigger',
		name: 'events e2e: all triggers',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [...triggers, probe],
		connections,
	};
}

const exampleWorkflows = () =>
	Object.entries(JOIN_TRIGGERS).map(([sandboxName]) => {
		const provider = PROVIDERS.find((p) => TRIGGERS[p].sandbox === sandboxName);
		return participantJoinedPost(sandboxName, credentials[provider].ref, sb.url);
	});

before(async () => {
	if (skip) return;
	suite = await setupSuite('events');
	({ n8n, sandbox: sb } = suite);
	credentials = Object.fromEntries(
		PROVIDERS.map((provider) => {
			const p = sb.providers.find((m) => m.name === TRIGGERS[provider].sandbox);
			return [
				provider,
				{
					ref: credentialOf(p),
					data: p.credentials,
					secret: p.credentials[TRIGGERS[provider].secretField],
				},
			];
		}),
	);
	await n8n.importCredentials(
		PROVIDERS.map((provider) => ({
			...credentials[provider].ref,
			type: TRIGGERS[provider].credentialType,
			data: credentials[provider].data,
		})),
	);
	await n8n.importWorkflows([allTriggersWorkflow(), ...exampleWorkflows()]);
});

after(async () => {
	await suite?.close();
});

const probes = (path) =>
	sb.requests
		.filter((r) => r.provider === 'probe' && r.path === path)
		.map((r) => JSON.parse(r.body));
const settle = async (path, count) => {
	for (let i = 0; i < 80 && probes(path).length < count; i++)
		await new Promise((r) => setTimeout(r, 250));
	await new Promise((r) => setTimeout(r, 1500)); // room for unwanted runs to show up
};
const deliver = (provider, url, opts) =>
	sb.deliver({
		provider: TRIGGERS[provider].sandbox,
		url,
		secret: credentials[provider].secret,
		...opts,
	});

/** The delivery ids a trigger remembers, as n8n stored them (the workflow's static data in its database). */
const storedIds = async (provider) => {
	const r = await n8n.api('GET', '/rest/workflows/eventsAllTrigger');
	assert.equal(r.status, 200, JSON.stringify(r.body));
	const seen =
		(r.body.data ?? r.body).staticData?.[`node:${provider} trigger`]?.seenDeliveries ?? [];
	return seen.map(([id]) => id);
};
/**
 * Waits until n8n has stored `count` remembered ids of `provider`. n8n saves a delivery's static data
 * just after the answer: a delivery to the same workflow in those milliseconds would load the memory
 * without it and save over it (see docs/events.md, Limits), so each first delivery waits for it.
 */
const remembered = async (provider, count) => {
	let ids = [];
	for (let i = 0; i < 80 && (ids = await storedIds(provider)).length < count; i++)
		await new Promise((r) => setTimeout(r, 250));
	return ids;
};

/** The item the raw format gives for what the sandbox sent (the normalized item's `data`). */
function rawItem(provider, sentBody) {
	if (provider === 'twilioConference') return Object.fromEntries(new URLSearchParams(sentBody));
	const body = JSON.parse(sentBody);
	if (provider === 'pagecall') return { action: body.action, ...body.payload };
	if (provider === 'videochamada') return (({ secret, ...rest }) => rest)(body);
	if (provider === 'vecTalk') {
		const { metadata, contacts, calls } = body.entry[0].changes[0].value;
		return { ...calls[0], metadata, contact: contacts[0], wabaId: body.entry[0].id };
	}
	return body;
}

test(
	'normalized output of all five triggers; duplicates start no run, also after an n8n restart',
	{ skip },
	async (t) => {
		for (const w of [allTriggersWorkflow(), ...exampleWorkflows()]) await n8n.publish(w.id);
		const urls = PROVIDERS.map((_, i) => n8n.webhookUrl(webhookId(i)));
		const exampleUrls = exampleWorkflows().map((w) =>
			n8n.webhookUrl(w.nodes.find((n) => n.id === 'trigger').webhookId),
		);
		await n8n.start({ webhooks: [...urls, ...exampleUrls] });
		sb.reset();
		const first = {};

		await t.test('each trigger outputs one normalized item per delivery', async () => {
			await n8n.login();
			for (const [i, provider] of PROVIDERS.entries()) {
				const res = await deliver(provider, urls[i], { event: TRIGGERS[provider].join });
				assert.equal(res.status, 200, `${provider}: ${res.body}`);
				assert.deepEqual(JSON.parse(res.body), { received: true, started: true }, provider);
				first[provider] = res.sent.body;
				assert.equal(
					(await remembered(provider, 1)).length,
					1,
					`${provider}: n8n stored the delivery id`,
				);
			}
			await settle('/_probe/events', PROVIDERS.length);
			const items = probes('/_probe/events');
			assert.equal(items.length, PROVIDERS.length, JSON.stringify(items));
			for (const provider of PROVIDERS) {
				const item = items.find((x) => x.provider === provider);
				assert.ok(item, `${provider} ran`);
				assert.deepEqual(
					await storedIds(provider),
					[item.deliveryId],
					`${provider}: the stored memory is the run's deliveryId`,
				);
				assert.deepEqual(Object.keys(item), [
					'provider',
					'event',
					'providerEvent',
					'meetingId',
					'participant',
					'occurredAt',
					'deliveryId',
					'data',
				]);
				assert.equal(item.event, TRIGGERS[provider].event, provider);
				assert.equal(item.providerEvent, TRIGGERS[provider].join, provider);
				assert.match(item.occurredAt, ISO_UTC, provider);
				assert.ok(
					typeof item.meetingId === 'string' && item.meetingId !== '',
					`${provider} meetingId`,
				);
				assert.ok(
					item.participant && typeof item.participant.id === 'string',
					`${provider} participant ${JSON.stringify(item.participant)}`,
				);
				assert.deepEqual(
					item.data,
					rawItem(provider, first[provider]),
					`${provider} data is the raw item`,
				);
				if (provider === 'whereby')
					assert.equal(item.deliveryId, item.data.id, "Whereby's own event id");
				else assert.match(item.deliveryId, /^sha256:[0-9a-f]{64}$/, provider);
				assert.ok(
					!JSON.stringify(item).includes(credentials[provider].secret),
					`${provider}: no secret in the output`,
				);
			}
			const byProvider = Object.fromEntries(items.map((x) => [x.provider, x]));
			assert.deepEqual(byProvider.whereby.participant, {
				id: 'participant-1',
				name: 'Alice',
				externalId: null,
			});
			assert.deepEqual(byProvider.videochamada.participant, {
				id: 'session_ana',
				name: 'Ana',
				externalId: null,
			});
			assert.equal(byProvider.twilioConference.meetingId, 'CF00000000000000000000000000000001');
			assert.equal(byProvider.pagecall.participant.externalId, 'sandbox-user-1');
			assert.equal(byProvider.vecTalk.participant.name, 'Sandbox User');
		});

		const repeatAll = async () => {
			for (const [i, provider] of PROVIDERS.entries()) {
				const again = await deliver(provider, urls[i], { payload: first[provider] });
				assert.equal(again.status, 200, `${provider}: ${again.body}`);
				assert.deepEqual(JSON.parse(again.body), { received: true, started: false }, provider);
			}
			await new Promise((r) => setTimeout(r, 4000)); // room for unwanted runs to show up
			assert.equal(
				probes('/_probe/events').length,
				PROVIDERS.length,
				'no run for any repeated delivery',
			);
		};

		await t.test(
			'the second of two identical deliveries is answered 200 and starts no run',
			repeatAll,
		);

		await t.test(
			'after an n8n restart the repeated deliveries still start no run; new ones do',
			async () => {
				await n8n.stop();
				await n8n.start({ webhooks: urls });
				await repeatAll();
				const fresh = await deliver('whereby', urls[0], {
					event: 'room.client.joined',
					data: { displayName: 'After restart' },
				});
				assert.equal(fresh.status, 200);
				await settle('/_probe/events', PROVIDERS.length + 1);
				assert.equal(probes('/_probe/events').at(-1)?.participant?.name, 'After restart');
			},
		);

		await t.test(
			'example "when a participant joins, post it" runs for each provider and posts one line',
			async () => {
				const sandboxNames = Object.keys(JOIN_TRIGGERS);
				for (const [i, sandboxName] of sandboxNames.entries()) {
					const provider = PROVIDERS.find((p) => TRIGGERS[p].sandbox === sandboxName);
					const res = await deliver(provider, exampleUrls[i], { event: TRIGGERS[provider].join });
					assert.equal(res.status, 200, `${provider}: ${res.body}`);
				}
				await settle('/_probe/participant-joined', sandboxNames.length);
				const posts = probes('/_probe/participant-joined');
				assert.equal(posts.length, sandboxNames.length, JSON.stringify(posts));
				for (const provider of ['whereby', 'twilioConference', 'pagecall', 'videochamada']) {
					const post = posts.find((p) => p.provider === provider);
					assert.ok(post, `${provider} posted`);
					assert.match(
						post.text,
						new RegExp(`^.+ joined meeting .+ on ${provider} at \\d\\d:\\d\\d UTC$`),
						post.text,
					);
					assert.equal(post.event, 'participant.joined');
				}
				assert.match(
					posts.find((p) => p.provider === 'whereby').text,
					/^Alice joined meeting 1001 on whereby/,
				);
			},
		);
		await n8n.stop();
	},
);
