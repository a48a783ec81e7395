// Every relative link in the project's Markdown points to a file that exists (and, with #anchor,
// to a heading there). Run by `npm run lint`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const skip = new Set([
	'node_modules',
	'dist',
	'.git',
	'coverage',
	'.n8n-local',
	'.n8n-local-oldest',
]);

function* markdownFiles(dir) {
	for (const name of readdirSync(dir)) {
		if (skip.has(name) || name.startsWith('.')) continue;
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (!path.includes(join('e2e', 'n8n-runtime'))) yield* markdownFiles(path);
		} else if (name.endsWith('.md')) yield path;
	}
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');

const anchorsOf = (file) =>
	new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => /^#{1,6}\s/.test(line))
			.map((line) => slug(line.replace(/^#+\s*/, ''))),
	);

const problems = [];
let checked = 0;
for (const file of markdownFiles(root)) {
	const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
	for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
		checked++;
		const [path, anchor] = target.split('#');
		const to = path ? resolve(dirname(file), decodeURI(path)) : file;
		const where = relative(root, file);
		if (!existsSync(to)) problems.push(`${where}: ${target} (no such file)`);
		else if (anchor && to.endsWith('.md') && !anchorsOf(to).has(anchor))
			problems.push(`${where}: ${target} (no such heading)`);
	}
}
if (problems.length > 0) {
	console.error(`[links] ${problems.length} broken:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`[links] ${checked} relative links resolve`);
