// Per-test-file fixture: an n8n user folder with our package installed, and a sandbox in-process.
// Works alone (`node --test e2e/tests/x.test.mjs`, after `npm run build`) and under e2e/run.mjs,
// which installs the package once into E2E_PACKAGE_DIR so each file only copies it.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, freePort, ensureN8n } from './n8n.mjs';
import { queueInstance } from './queue.mjs';
import { startSandbox } from '../sandbox/server.mjs';

/**
 * `await setupSuite('whereby')` → `{ n8n, sandbox, close() }`: `n8n` is a `createInstance()` result
 * (stopped) or, when E2E_QUEUE_CLUSTER names a cluster descriptor file, a `queueInstance()` of that
 * running queue-mode cluster; `sandbox` a `startSandbox()` result. Call `close()` in `after()`.
 */
export async function setupSuite(name, { sandbox: withSandbox = true } = {}) {
	const log = (m) => process.stderr.write(`[${name}] ${m}\n`);
	const runtime = await ensureN8n({ log });
	// `npm run e2e -- --queue` runs every file against one running queue-mode cluster (lib/queue.mjs).
	const queue = process.env.E2E_QUEUE_CLUSTER;
	const n8n = queue
		? await queueInstance(JSON.parse(readFileSync(queue, 'utf8')), { runtime, log })
		: await createInstance({ name, port: await freePort(), runtime, log });
	const prepared = process.env.E2E_PACKAGE_DIR;
	if (queue) {
		// the cluster's processes already load the package
	} else if (prepared && existsSync(join(prepared, '.n8n', 'nodes'))) {
		cpSync(join(prepared, '.n8n', 'nodes'), join(n8n.dir, '.n8n', 'nodes'), { recursive: true });
	} else {
		await n8n.installPackage();
	}
	const sandbox = withSandbox ? await startSandbox({ port: 0 }) : null;
	return {
		n8n,
		sandbox,
		close: async () => {
			await n8n.stop();
			await n8n.close?.(); // a queue-mode instance deactivates what it published
			await sandbox?.close();
		},
	};
}

/** The node type name of one of our nodes, as n8n registers a community package's node. */
export const nodeType = (name) => `n8n-nodes-video-meetings.${name}`;

/** A Manual Trigger node at the start of a test workflow. */
export const manualTrigger = () => ({
	id: 'trigger',
	name: 'Manual Trigger',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
});

/**
 * A workflow `Manual Trigger → nodes[0] → nodes[1] …` (each node gets an id, a position and the
 * connection from the previous one). `nodes` are `{ name, type, parameters, credentials?, … }`.
 */
export function chainWorkflow(id, nodes, extra = {}) {
	const all = [
		manualTrigger(),
		...nodes.map((n, i) => ({ id: `n${i}`, typeVersion: 1, position: [220 * (i + 1), 0], ...n })),
	];
	const connections = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name: id,
		nodes: all,
		connections,
		active: false,
		settings: { executionOrder: 'v1' },
		...extra,
	};
}

/** The output items (json) of node `nodeName` in a parsed `n8n execute --rawOutput` result. */
export function outputOf(output, nodeName) {
	const runs =
		output?.data?.resultData?.runData?.[nodeName] ?? output?.resultData?.runData?.[nodeName];
	if (!runs) return undefined;
	return runs.flatMap((r) => (r.data?.main?.[0] ?? []).map((item) => item.json));
}

/** The error of a run (n8n puts it at resultData.error), or undefined. */
export const runError = (output) => output?.data?.resultData?.error ?? output?.resultData?.error;

/**
 * A trigger workflow whose every run posts its item to the sandbox at `/_probe/<probe>`, so a test
 * sees exactly which deliveries started a run. `trigger` holds the trigger node's name, type,
 * webhookId, parameters and credentials.
 */
export function probedTriggerWorkflow({ id, name, sandboxUrl, probe, trigger }) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 't', typeVersion: 1, position: [0, 0], ...trigger },
			{
				id: 'p',
				name: 'Probe',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: {
					method: 'POST',
					url: `${sandboxUrl}/_probe/${probe}`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify($json) }}',
				},
			},
		],
		connections: { [trigger.name]: { main: [[{ node: 'Probe', type: 'main', index: 0 }]] } },
	};
}

/** Runs a workflow by id and fails the test with n8n's own error text unless the run succeeded; returns outputOf for that run. */
export async function executeOk(n8n, workflow) {
	const res = await n8n.execute(workflow.id);
	assert.ok(res.ok, `workflow ${workflow.id} failed (exit ${res.code}): ${res.error}`);
	return (name) => outputOf(res.output, name);
}

/** Node settings: run once, with the first item only. */
export const once = { executeOnce: true };

/** A Set node (raw JSON mode) that outputs `expression`. */
export const setJson = (name, expression, extra = {}) => ({
	name,
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	parameters: { mode: 'raw', jsonOutput: expression },
	...extra,
});

/** A Split Out node over `field`. */
export const splitOut = (name, field) => ({
	name,
	type: 'n8n-nodes-base.splitOut',
	parameters: { fieldToSplitOut: field },
});
