// Queue mode only (`npm run e2e:queue`): a repeated delivery is suppressed (`ignoreDuplicates`) even
// when the repeat arrives at a different n8n process than the first copy: the webhook processor and
// the main both serve production webhooks, and the trigger's memory of delivery ids lives in the
// workflow's static data in the shared database. (Two copies at the same instant can both run:
// measured by `npm run bench:queue`, see docs/scaling.md.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../lib/n8n.mjs';
import { setupSuite, nodeType, probedTriggerWorkflow } from '../lib/suite.mjs';
import whereby from '../sandbox/providers/whereby.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const triggerOptions = () => {
	try {
		const { WherebyTrigger } = require(
			join(ROOT, 'dist', 'nodes', 'Whereby', 'WherebyTrigger.node.js'),
		);
		return (
			new WherebyTrigger().description.properties
				.find((p) => p.name === 'options')
				?.options?.map((o) => o.name) ?? []
		);
	} catch {
		return [];
	}
};
const skip = !process.env.E2E_QUEUE_CLUSTER
	? 'queue mode only (npm run e2e:queue)'
	: !triggerOptions().includes('ignoreDuplicates') &&
		'the Whereby Trigger has no ignoreDuplicates option yet';

const CRED = { id: 'wherebyQueueDup1', name: 'Whereby queue duplicates', type: 'wherebyApi' };
const SECRET = 'whereby-sandbox-webhook-secret';
const WEBHOOK_ID = 'e2e0qd00-0000-4000-8000-000000000001';
const WORKFLOW_ID = 'queueDupTrigger1';

let suite;
let sb;
let n8n;

before(async () => {
	if (skip) return;
	suite = await setupSuite('queue-duplicates');
	({ sandbox: sb, n8n } = suite);
	await n8n.importCredentials([
		{
			...CRED,
			data: {
				apiKey: 'whereby-sandbox-key',
				webhookSecret: SECRET,
				baseUrl: `${sb.url}/whereby/v1`,
			},
		},
	]);
	await n8n.importWorkflows([
		probedTriggerWorkflow({
			id: WORKFLOW_ID,
			name: 'Whereby duplicates across processes',
			sandboxUrl: sb.url,
			probe: 'queue-duplicates',
			trigger: {
				name: 'Whereby Trigger',
				type: nodeType('wherebyTrigger'),
				webhookId: WEBHOOK_ID,
				parameters: {
					events: ['room.client.joined', 'room.client.left'],
					options: { ignoreDuplicates: true },
				},
				credentials: { wherebyApi: { id: CRED.id, name: CRED.name } },
			},
		}),
	]);
});
after(async () => suite?.close());

test('a repeat that arrives at another process starts no second run', { skip }, async () => {
	await n8n.publish(WORKFLOW_ID);
	const atProcessor = n8n.webhookUrl(WEBHOOK_ID);
	const atMain = `${n8n.url}/webhook/${WEBHOOK_ID}/webhook`;
	await n8n.start({ webhooks: [atProcessor, atMain] });
	sb.reset();
	const runsOf = (token) =>
		sb.requests.filter((r) => r.provider === 'probe' && r.body.includes(token)).length;
	/** Delivers `payload` (freshly signed, as the provider's retry would be) to `url`; 200 expected. */
	const deliver = async (url, payload) =>
		assert.equal(
			(await sb.deliver({ provider: 'whereby', url, secret: SECRET, payload })).status,
			200,
		);
	const waitForRun = async (token) => {
		for (let i = 0; i < 120 && runsOf(token) === 0; i++) await sleep(250);
		assert.equal(runsOf(token), 1, `the first copy of ${token} ran once`);
	};

	for (const [first, repeat, label] of [
		[atProcessor, atMain, 'processor-then-main'],
		[atMain, atProcessor, 'main-then-processor'],
	]) {
		const token = `${label}-${Date.now()}`;
		const payload = whereby.webhook.event('room.client.joined', { displayName: token });
		await deliver(first, payload);
		await waitForRun(token);
		await deliver(repeat, payload);
		await sleep(2500); // room for an unwanted run to show up
		assert.equal(runsOf(token), 1, `${label}: the repeat was answered and did not run`);
	}

	// Control: a new delivery to the main does run (the main really serves this webhook).
	const fresh = `fresh-${Date.now()}`;
	await deliver(atMain, whereby.webhook.event('room.client.left', { displayName: fresh }));
	await waitForRun(fresh);
	await n8n.stop();
});
