// `npm run e2e:browser`: the editor test in headless Chromium (after `npm run build`).
// 1. makes sure a Chromium is there: $CHROMIUM_PATH or Debian's /usr/bin/chromium; on a fresh Debian
//    machine it is installed with apt-get (as root; nothing is downloaded by playwright)
// 2. runs node --test e2e/browser/*.test.mjs (each file starts its own n8n and sandbox)
// Extra arguments go to node --test. UPDATE_DOCS_IMAGES=1 refreshes docs/images/ from the screenshots.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from '../lib/n8n.mjs';

const log = (m) => console.log(`[e2e:browser] ${m}`);
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(join(ROOT, 'dist'))) {
	console.error('[e2e:browser] dist/ is missing: run `npm run build` first.');
	process.exit(1);
}
if (!existsSync(chromium)) {
	if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
		console.error(
			`[e2e:browser] no Chromium at ${chromium}: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
		);
		process.exit(1);
	}
	log('installing Chromium from Debian (apt-get install chromium)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
	]) {
		const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
}

const here = join(ROOT, 'e2e', 'browser');
const files = readdirSync(here)
	.filter((f) => f.endsWith('.test.mjs'))
	.map((f) => join(here, f));
const child = spawn(
	process.execPath,
	['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files],
	{ cwd: ROOT, stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
