// Every node and credential declared in package.json "n8n" loads in the real n8n.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CACHE_ROOT, ROOT, packageManifest } from '../lib/n8n.mjs';
import { setupSuite, nodeType } from '../lib/suite.mjs';

const require = createRequire(join(ROOT, 'package.json'));

/** Reads `description.name` of each class exported by a built node/credential file. */
function declaredName(file) {
	const mod = require(join(ROOT, file));
	for (const Cls of Object.values(mod)) {
		if (typeof Cls !== 'function') continue;
		const inst = new Cls();
		const name = inst.description?.name ?? inst.name;
		if (name) return name;
	}
	throw new Error(`${file} exports no node/credential class`);
}

const manifest = packageManifest();
let suite;

before(async () => {
	suite = await setupSuite('load', { sandbox: false });
	await suite.n8n.start();
	await suite.n8n.login();
});
after(async () => suite?.close());

test('package.json declares nodes and credentials', () => {
	assert.ok(manifest.nodes?.length > 0, 'package.json "n8n.nodes" is empty');
	assert.ok(manifest.credentials?.length > 0, 'package.json "n8n.credentials" is empty');
});

test('every declared node is loaded by n8n as a community package node', async () => {
	const loaded = new Set((await suite.n8n.nodeTypes()).map((t) => t.name));
	const missing = manifest.nodes.map(declaredName).filter((n) => !loaded.has(nodeType(n)));
	assert.deepEqual(
		missing,
		[],
		`not loaded: ${missing.join(', ')}\n${suite.n8n.log().slice(-3000)}`,
	);
});

test('every declared credential is loaded by n8n, and every node credential exists', async () => {
	const creds = await suite.n8n.credentialTypes();
	const loaded = new Set(creds.map((c) => c.name));
	const declared = manifest.credentials.map(declaredName);
	assert.deepEqual(
		declared.filter((n) => !loaded.has(n)),
		[],
		'declared credentials missing in n8n',
	);
	const nodes = (await suite.n8n.nodeTypes()).filter((t) => t.name.startsWith(nodeType('')));
	for (const node of nodes) {
		for (const c of node.credentials ?? [])
			assert.ok(loaded.has(c.name), `${node.name} uses unknown credential ${c.name}`);
	}
});

test('n8n logged no error about our package', () => {
	const bad = suite.n8n
		.log()
		.split('\n')
		// n8n's own stack traces name the runtime cache folder, whose path contains the package name too.
		.filter(
			(l) => /n8n-nodes-video-meetings/.test(l.split(CACHE_ROOT).join('')) && /error|fail/i.test(l),
		);
	assert.deepEqual(bad, []);
});
