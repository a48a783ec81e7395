// `npm test`: every stage, in order, stopping at the first failure, with the time of each at the end:
// build, lint, scan, unit, e2e on the current n8n line, the editor in a browser (current line), e2e on
// the oldest line, e2e in queue mode.
// On a fresh machine the two n8n runtimes (minutes of downloads) are installed in the background from
// the start, while the build, lint, scanner and unit tests run; the e2e stages wait for them.
// `--skip-e2e` stops after the unit tests.
import { spawn } from 'node:child_process';
import { ROOT, ensureN8n, LINES } from '../e2e/lib/n8n.mjs';

const t0 = Date.now();
const times = [];
const minutes = (ms) =>
	`${Math.floor(ms / 60000)} min ${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')} s`;
const log = (m) => console.log(`[test] ${m}`);

/** Runs `npm run <script> [-- args]` with inherited output; records its time; exits on failure. */
function stage(script, args = []) {
	const started = Date.now();
	log(`── npm run ${script} ${args.join(' ')}`.trim());
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
			cwd: ROOT,
			stdio: 'inherit',
		});
		child.on('exit', (code) => {
			times.push([`${script} ${args.join(' ')}`.trim(), Date.now() - started, code === 0]);
			if (code !== 0) finish(code ?? 1);
			resolve();
		});
	});
}

function finish(code) {
	log(`stage times (total ${minutes(Date.now() - t0)}):`);
	for (const [name, ms, ok] of times)
		log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${minutes(ms)}`);
	process.exit(code);
}

const skipE2e = process.argv.includes('--skip-e2e');
// Both runtimes at once: each install is mostly downloads; a failure surfaces in the e2e stage.
const installs = skipE2e
	? []
	: Object.keys(LINES).map((line) => {
			const started = Date.now();
			return ensureN8n({ line, log: (m) => log(`[install ${line}] ${m}`) }).then(
				() => times.push([`install n8n (${line}, background)`, Date.now() - started, true]),
				(error) => log(`[install ${line}] failed: ${error.message}`),
			);
		});

await stage('build');
await stage('lint');
await stage('scan');
await stage('unit');
if (!skipE2e) {
	await Promise.all(installs);
	await stage('e2e');
	await stage('e2e:browser');
	await stage('e2e:oldest');
	await stage('e2e:queue');
}
finish(0);
