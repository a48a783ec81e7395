// Part of `npm run lint`: the GitHub Actions workflows cannot run here, so check that each one in
// .github/workflows parses as YAML and has the shape GitHub requires (a trigger, jobs with runs-on
// and steps that each use an action or run a command), and that the publish workflow publishes from
// a tag with provenance through `npm run release`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../e2e/lib/n8n.mjs';

const dir = join(ROOT, '.github', 'workflows');
const problems = [];
const workflows = {};
for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
	let wf;
	try {
		wf = parse(readFileSync(join(dir, file), 'utf8'), { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		problems.push(`${file}: not valid YAML: ${error.message}`);
		continue;
	}
	workflows[file] = wf;
	if (!wf?.name) problems.push(`${file}: no name`);
	if (!wf?.on) problems.push(`${file}: no trigger (on:)`);
	const jobs = Object.entries(wf?.jobs ?? {});
	if (!jobs.length) problems.push(`${file}: no jobs`);
	for (const [id, job] of jobs) {
		if (!job['runs-on']) problems.push(`${file}: job ${id} has no runs-on`);
		if (!job.steps?.length) problems.push(`${file}: job ${id} has no steps`);
		(job.steps ?? []).forEach((step, i) => {
			if (Boolean(step.uses) === Boolean(step.run))
				problems.push(`${file}: job ${id} step ${i + 1} needs exactly one of uses/run`);
		});
	}
}

const ci = workflows['ci.yml'];
if (!ci) problems.push('ci.yml is missing');
else if (!JSON.stringify(ci.jobs).includes('npm test'))
	problems.push('ci.yml does not run npm test');

const publish = workflows['publish.yml'];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
if (!publish) problems.push('publish.yml is missing');
else {
	if (!publish.on?.push?.tags?.length) problems.push('publish.yml must run on pushed tags');
	const jobs = Object.values(publish.jobs ?? {});
	if (!jobs.some((j) => j.permissions?.['id-token'] === 'write'))
		problems.push('publish.yml needs permissions id-token: write (npm provenance)');
	if (!jobs.some((j) => j.steps?.some((s) => /npm run release/.test(s.run ?? ''))))
		problems.push('publish.yml does not run npm run release');
	if (pkg.scripts?.release !== 'n8n-node release')
		problems.push(
			'package.json scripts.release must be "n8n-node release" (publishes with provenance in CI)',
		);
}

if (problems.length) {
	console.error(`[workflows] ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`[workflows] ${Object.keys(workflows).join(', ')}: valid`);
