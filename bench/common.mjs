// Helpers every benchmark script shares: command-line options, a precise clock, the build.
import { performance } from 'node:perf_hooks';
import { ROOT, run } from '../e2e/lib/n8n.mjs';

/** The value of `--name=value` (true for a bare `--name`), else `def`. */
export const arg = (name, def) => {
	const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (!hit) return def;
	return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};

/** Milliseconds on the clock the sandbox stamps requests with. */
export const now = () => performance.timeOrigin + performance.now();

/** `npm run build` unless `--no-build` was given; throws with the output when it fails. */
export async function buildUnlessSkipped(log) {
	if (arg('no-build', false)) return;
	log('npm run build');
	const built = await run('npm', ['run', 'build'], { cwd: ROOT });
	if (built.code !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
}
