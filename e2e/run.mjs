// `npm run e2e`: the end-to-end suite in a real n8n. The caller builds first (`npm run build`).
// 1. ensure the line's pinned n8n is in the cache (installs it on a cold machine, with progress)
// 2. install the packed package once into e2e/.work/<line>/_package (test files copy it)
// 3. node --test e2e/tests/ (one file at a time; each file starts its own n8n and sandbox)
// The n8n line: `--line=oldest` or E2E_N8N_LINE (default `current`; see LINES in lib/n8n.mjs).
// `--smoke`: the subset CI runs on the oldest line (SMOKE below), which touches every node and trigger.
// Extra arguments: options go to node --test (`npm run e2e -- --test-name-pattern=trigger`), paths
// replace the default folder (`npm run e2e -- e2e/tests/whereby.test.mjs`).
// `--queue` (`npm run e2e:queue`): the same tests against n8n in queue mode — Redis and PostgreSQL
// (lib/services.mjs), a main, two workers and a webhook processor (lib/queue.mjs), all stopped at the end.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, WORK_ROOT, ensureN8n, installPackage, lineName } from './lib/n8n.mjs';
import { startServices } from './lib/services.mjs';
import { startQueueCluster } from './lib/queue.mjs';

/**
 * Every node and trigger once: the load test, and per provider its multi-item run (the node in n8n,
 * continueOnFail) and its trigger test (a running n8n, signed and forged deliveries, the credential
 * test). The sandbox self-tests need no n8n and run on the current line only.
 */
const SMOKE = {
	files: ['load', 'whereby', 'twilio', 'pagecall', 'videochamada', 'vectalk'].map((f) =>
		join('e2e', 'tests', `${f}.test.mjs`),
	),
	pattern: '^(package\\.json declares|every declared|n8n logged|multi-item|trigger)',
};

const t0 = Date.now();
const log = (m) => console.log(`[e2e] ${m}`);
const seconds = () => `${Math.round((Date.now() - t0) / 1000)} s`;

if (!existsSync(join(ROOT, 'dist')) || !readdirSync(join(ROOT, 'dist')).length) {
	console.error('[e2e] dist/ is missing: run `npm run build` first (npm test does it for you).');
	process.exit(1);
}

const argv = process.argv.slice(2);
const lineArg = argv.find((a) => a.startsWith('--line='));
const line = lineName(lineArg?.slice('--line='.length));
const queueMode = argv.includes('--queue');
const runtime = await ensureN8n({ line, log });
log(
	`ensureN8n (${line} line, n8n ${runtime.version}, Node ${runtime.nodeVersion}) done after ${seconds()}`,
);
const packageDir = join(WORK_ROOT, line, '_package');
rmSync(packageDir, { recursive: true, force: true });
await installPackage(packageDir, { log });

// Ctrl-C / SIGTERM: the tests get the signal and the teardown below runs when they end; during the
// set-up, exiting runs the 'exit' handlers that kill what was started (services, n8n processes).
let child;
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => (child ? child.kill(signal) : process.exit(130)));

const env = { ...process.env, E2E_N8N_LINE: line, E2E_PACKAGE_DIR: packageDir };
let services;
let cluster;
/** Stops the queue-mode processes and services (each at most once), whatever happened before. */
const teardown = async () => {
	const [c, s] = [cluster, services];
	cluster = services = undefined;
	await c?.stop().catch((e) => log(`stopping n8n: ${e.message}`));
	await s?.stop().catch((e) => log(`stopping services: ${e.message}`));
};
if (queueMode) {
	try {
		services = await startServices({ log });
		cluster = await startQueueCluster({
			name: `queue-${line}`,
			services,
			workers: 2,
			runtime,
			packageDir,
			log,
		});
	} catch (error) {
		await teardown();
		throw error;
	}
	env.E2E_QUEUE_CLUSTER = join(WORK_ROOT, line, 'queue-cluster.json');
	writeFileSync(env.E2E_QUEUE_CLUSTER, JSON.stringify(cluster.descriptor, null, 2));
}
log(`setup done after ${seconds()}; running e2e/tests${queueMode ? ' in queue mode' : ''}`);

const smoke = argv.includes('--smoke');
const extra = [
	...argv.filter((a) => a !== lineArg && a !== '--smoke' && a !== '--queue'),
	...(smoke ? [`--test-name-pattern=${SMOKE.pattern}`, ...SMOKE.files] : []),
];
const files = extra.filter((a) => !a.startsWith('-'));
// Queue-only files (queue-*.test.mjs) run in queue mode only: elsewhere they are left out, not skipped.
const allFiles = readdirSync(join(ROOT, 'e2e', 'tests'))
	.filter((f) => f.endsWith('.test.mjs') && (queueMode || !f.startsWith('queue-')))
	.sort()
	.map((f) => join('e2e', 'tests', f));
const args = [
	'--test',
	'--test-concurrency=1',
	...extra.filter((a) => a.startsWith('-')),
	...(files.length ? files : allFiles),
];
child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
child.on('exit', async (code, signal) => {
	await teardown();
	log(
		`${line} line (n8n ${runtime.version})${queueMode ? ' in queue mode' : ''} finished in ${seconds()} (exit ${code ?? signal})`,
	);
	process.exit(code ?? 1);
});
