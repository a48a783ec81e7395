// `npm run scan`: n8n's community-package scanner (@n8n/scan-community-package) on this package, the
// two legs its CLI runs on a published package, without needing the registry or provenance:
// 1. the source (package.json + nodes/ + credentials/, with its full rule set, inline eslint-disable
//    comments ignored as the scanner does);
// 2. the tarball `npm pack` makes from the current dist/ (compiled .js + the shipped package.json).
// Run `npm run build` first. Exits 1 with the scanner's report on any finding.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';
import { ROOT, packTarball, run } from '../e2e/lib/n8n.mjs';

/** The scanner's file patterns for the published tarball (as analyzePackageByName lints it). */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const t0 = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
let failed = false;

/** Runs one leg and prints its verdict (and the scanner's report when it fails). */
async function leg(name, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	console.log(`[scan] ${name}: ${result.passed ? 'passed' : `FAILED (${result.message})`}`);
	if (!result.passed) {
		failed = true;
		if (result.details) console.log(result.details);
	}
}

try {
	await leg('source', ROOT, SOURCE_FILE_PATTERNS);
	const tgz = await packTarball(scratch);
	const unpacked = join(scratch, 'package');
	const untar = await run('tar', ['-xzf', tgz, '-C', scratch]);
	if (untar.code !== 0) throw new Error(`extracting ${tgz} failed:\n${untar.stderr}`);
	await leg(`tarball ${tgz.split('/').pop()}`, unpacked, TARBALL_FILE_PATTERNS);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
console.log(`[scan] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
