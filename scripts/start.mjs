// `npm start`: build this package, make sure the pinned n8n is installed (cache outside the clone),
// install our package into .n8n-local/ as n8n installs a community package, and run n8n on
// http://localhost:5678 with its embedded SQLite. `--sandbox` (npm run demo) also starts the provider
// sandbox on port 5680 and imports sandbox credentials and example workflows. Ctrl-C stops everything.
// `--watch` (npm run dev): also recompile on every change (tsc --watch) straight into the installed
// package's dist/ while n8n runs with N8N_DEV_RELOAD=true, which reloads our nodes in the running n8n
// (refresh the editor to see new descriptions). Icons and codex files are copied at start only.
// Options: --sandbox, --watch, --no-build, --port <n> (default 5678), --sandbox-port <n> (default 5680),
// --line <current|oldest> (default: E2E_N8N_LINE, else current = the newest n8n we test, on Node 24;
// oldest = the oldest n8n we support, on Node 20, in its own folder .n8n-local-oldest/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';
import { seedDemo } from '../e2e/lib/demo.mjs';
import { ROOT, ensureN8n, createInstance, lineName, run } from '../e2e/lib/n8n.mjs';
import { startSandbox } from '../e2e/sandbox/server.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : def);
const withSandbox = argv.includes('--sandbox');
const watch = argv.includes('--watch');
const port = Number(opt('port', 5678));
const sandboxPort = Number(opt('sandbox-port', 5680));
const line = lineName(opt('line', undefined));
// n8n migrates its database forward only: each line keeps its own folder.
const localDir = join(ROOT, line === 'current' ? '.n8n-local' : `.n8n-local-${line}`);
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
		console.error(
			`[start] port ${p} (for ${what}) is already in use; stop what runs there or pass --${what === 'n8n' ? 'port' : 'sandbox-port'} <n>.`,
		);
		process.exit(1);
	}
}

if (!existsSync(join(ROOT, 'node_modules', '.bin', 'tsc'))) {
	step('installing the project dependencies (npm install; first time only)');
	const inst = await run('npm', ['install', '--no-audit', '--no-fund'], {
		cwd: ROOT,
		onLine: (l) => console.log(`  ${l}`),
	});
	if (inst.code !== 0) {
		console.error('[start] npm install failed.');
		process.exit(1);
	}
}

if (!argv.includes('--no-build')) {
	step('building the package (npm run build)');
	const build = await run('npm', ['run', 'build'], {
		cwd: ROOT,
		onLine: (l) => console.log(`  ${l}`),
	});
	if (build.code !== 0) {
		console.error('[start] the build failed; fix it and run npm start again.');
		process.exit(1);
	}
}

step(`making sure n8n (${line} line) is installed`);
const runtime = await ensureN8n({ line, log });

step(`installing n8n-nodes-video-meetings into ${basename(localDir)}/ (as a community package)`);
const n8n = await createInstance({
	port,
	dir: localDir,
	keep: true, // your workflows, credentials and account survive restarts
	runtime,
	log,
	extraEnv: {
		WEBHOOK_URL: `http://localhost:${port}/`,
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		...(watch ? { N8N_DEV_RELOAD: 'true' } : {}),
	},
});
const packageDir = await n8n.installPackage();

let compiler = null;
if (watch) {
	step('watching the sources: tsc --watch compiles into the installed package, n8n reloads it');
	const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
	const args = [
		tsc,
		'-p',
		'tsconfig.build.json',
		'--watch',
		'--preserveWatchOutput',
		'--outDir',
		join(packageDir, 'dist'),
	];
	compiler = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	const relay = (d) =>
		d
			.toString('utf8')
			.split(/\r?\n/)
			.filter(Boolean)
			.forEach((l) => console.log(`[tsc] ${l}`));
	compiler.stdout.on('data', relay);
	compiler.stderr.on('data', relay);
	process.once('exit', () => compiler.kill());
}

let sandbox = null;
let examples = 0;
if (withSandbox) {
	step(`starting the provider sandbox on port ${sandboxPort}`);
	sandbox = await startSandbox({ port: sandboxPort });
	const { credentials, workflows } = await seedDemo(n8n, sandbox, { log });
	examples = workflows.length;
	log(`  imported ${credentials.length} credential(s) and ${workflows.length} example workflow(s)`);
}

step(
	`starting n8n ${runtime.version} on Node ${runtime.nodeVersion} (logs: ${basename(localDir)}/n8n.log)`,
);
await n8n.start({ timeoutMs: 180000 });

const stopAll = async () => {
	console.log('\n[start] stopping…');
	compiler?.kill();
	await n8n.stop();
	await sandbox?.close();
	process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

console.log(`\n[start] ready after ${Math.round((Date.now() - t0) / 1000)} s`);
if (sandbox) {
	console.log(
		`[start] provider sandbox: ${sandbox.url} (requests log: ${sandbox.url}/_sandbox/requests)`,
	);
	if (examples)
		console.log(
			'[start] example workflows and "(sandbox)" credentials are in n8n: open one and click "Execute workflow".',
		);
}
console.log(
	`[start] n8n is running: http://localhost:${port}   (first visit: create the owner account; Ctrl-C to stop)`,
);
