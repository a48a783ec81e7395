// `npm start`: build this package, make sure the pinned n8n is installed (cache outside the clone),
// install our package into .n8n-local/ as n8n installs a community package, and run n8n on
// http://localhost:5678 with its embedded SQLite. `--sandbox` (npm run demo) also starts the provider
// sandbox on port 5680 and imports sandbox credentials and example workflows. Ctrl-C stops everything.
// Options: --sandbox, --no-build, --port <n> (default 5678), --sandbox-port <n> (default 5680).
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { seedDemo } from '../e2e/lib/demo.mjs';
import { ROOT, ensureN8n, createInstance, run } from '../e2e/lib/n8n.mjs';
import { startSandbox } from '../e2e/sandbox/server.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : def);
const withSandbox = argv.includes('--sandbox');
const port = Number(opt('port', 5678));
const sandboxPort = Number(opt('sandbox-port', 5680));
const t0 = Date.now();
const step = (m) => console.log(`\n[start] ${m}`);
const log = (m) => console.log(`[start] ${m}`);

const portBusy = (p) =>
	new Promise((resolve) => {
		const s = connect(p, '127.0.0.1');
		s.once('connect', () => (s.destroy(), resolve(true)));
		s.once('error', () => resolve(false));
	});

for (const [p, what] of [[port, 'n8n'], ...(withSandbox ? [[sandboxPort, 'the sandbox']] : [])]) {
	if (await portBusy(p)) {
		console.error(`[start] port ${p} (for ${what}) is already in use; stop what runs there or pass --${what === 'n8n' ? 'port' : 'sandbox-port'} <n>.`);
		process.exit(1);
	}
}

if (!existsSync(join(ROOT, 'node_modules', '.bin', 'tsc'))) {
	step('installing the project dependencies (npm install; first time only)');
	const inst = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT, onLine: (l) => console.log(`  ${l}`) });
	if (inst.code !== 0) {
		console.error('[start] npm install failed.');
		process.exit(1);
	}
}

if (!argv.includes('--no-build')) {
	step('building the package (npm run build)');
	const build = await run('npm', ['run', 'build'], { cwd: ROOT, onLine: (l) => console.log(`  ${l}`) });
	if (build.code !== 0) {
		console.error('[start] the build failed; fix it and run npm start again.');
		process.exit(1);
	}
}

step('making sure n8n is installed');
const runtime = await ensureN8n({ log });

step('installing n8n-nodes-video-meetings into .n8n-local/ (as a community package)');
const n8n = await createInstance({
	port,
	dir: join(ROOT, '.n8n-local'),
	keep: true, // your workflows, credentials and account survive restarts
	runtime,
	log,
	extraEnv: { WEBHOOK_URL: `http://localhost:${port}/`, N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info' },
});
await n8n.installPackage();

let sandbox = null;
let examples = 0;
if (withSandbox) {
	step(`starting the provider sandbox on port ${sandboxPort}`);
	sandbox = await startSandbox({ port: sandboxPort });
	const { credentials, workflows } = await seedDemo(n8n, sandbox, { log });
	examples = workflows.length;
	log(`  imported ${credentials.length} credential(s) and ${workflows.length} example workflow(s)`);
}

step('starting n8n (logs: .n8n-local/n8n.log)');
await n8n.start({ timeoutMs: 180000 });

const stopAll = async () => {
	console.log('\n[start] stopping…');
	await n8n.stop();
	await sandbox?.close();
	process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

console.log(`\n[start] ready after ${Math.round((Date.now() - t0) / 1000)} s`);
if (sandbox) {
	console.log(`[start] provider sandbox: ${sandbox.url} (requests log: ${sandbox.url}/_sandbox/requests)`);
	if (examples) console.log('[start] example workflows and "(sandbox)" credentials are in n8n: open one and click "Execute workflow".');
}
console.log(`[start] n8n is running: http://localhost:${port}   (first visit: create the owner account; Ctrl-C to stop)`);
