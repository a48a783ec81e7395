// `npm run e2e`: the end-to-end suite in a real n8n. The caller builds first (`npm run build`).
// 1. ensure the line's pinned n8n is in the cache (installs it on a cold machine, with progress)
// 2. install the packed package once into e2e/.work/<line>/_package (test files copy it)
// 3. node --test e2e/tests/ (one file at a time; each file starts its own n8n and sandbox)
// The n8n line: `--line=oldest` or E2E_N8N_LINE (default `current`; see LINES in lib/n8n.mjs).
// `--smoke`: the subset CI runs on the oldest line (SMOKE below), which touches every node and trigger.
// Extra arguments: options go to node --test (`npm run e2e -- --test-name-pattern=trigger`), paths
// replace the default folder (`npm run e2e -- e2e/tests/whereby.test.mjs`).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, WORK_ROOT, ensureN8n, installPackage, lineName } from './lib/n8n.mjs';

/**
 * Every node and trigger once: the load test, and per provider its multi-item run (the node in n8n,
 * continueOnFail) and its trigger test (a running n8n, signed and forged deliveries, the credential
 * test). The sandbox self-tests need no n8n and run on the current line only.
 */
const SMOKE = {
	files: ['load', 'whereby', 'twilio', 'pagecall', 'videochamada', 'vectalk'].map((f) => join('e2e', 'tests', `${f}.test.mjs`)),
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
const runtime = await ensureN8n({ line, log });
log(`ensureN8n (${line} line, n8n ${runtime.version}, Node ${runtime.nodeVersion}) done after ${seconds()}`);
const packageDir = join(WORK_ROOT, line, '_package');
rmSync(packageDir, { recursive: true, force: true });
await installPackage(packageDir, { log });
log(`setup done after ${seconds()}; running e2e/tests`);

const smoke = argv.includes('--smoke');
const extra = [...argv.filter((a) => a !== lineArg && a !== '--smoke'), ...(smoke ? [`--test-name-pattern=${SMOKE.pattern}`, ...SMOKE.files] : [])];
const files = extra.filter((a) => !a.startsWith('-'));
const args = ['--test', '--test-concurrency=1', ...extra.filter((a) => a.startsWith('-')), ...(files.length ? files : [join('e2e', 'tests')])];
const child = spawn(process.execPath, args, {
	cwd: ROOT,
	stdio: 'inherit',
	env: { ...process.env, E2E_N8N_LINE: line, E2E_PACKAGE_DIR: packageDir },
});
const stop = (sig) => child.kill(sig);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
	log(`${line} line (n8n ${runtime.version}) finished in ${seconds()} (exit ${code ?? signal})`);
	process.exit(code ?? 1);
});
