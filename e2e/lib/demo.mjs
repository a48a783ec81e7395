// What `npm run demo` puts into an n8n: for each sandbox provider whose node is in this build, a
// "<Provider> (sandbox)" credential pointing at the sandbox, and the provider's example workflows
// (scripts/demo-workflows.mjs). Used by scripts/start.mjs and by the browser test (e2e/browser).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, packageManifest } from './n8n.mjs';
import { demoWorkflows } from '../../scripts/demo-workflows.mjs';

/** Credential type (e.g. vecTalkApi) → its display name without " API" (e.g. VecTalk), from the build. */
async function builtCredentialNames() {
	const names = new Map();
	for (const file of packageManifest().credentials ?? []) {
		const cls = file.split('/').pop().replace('.credentials.js', '');
		const { [cls]: Credential } = await import(pathToFileURL(join(ROOT, file)).href);
		names.set(
			cls[0].toLowerCase() + cls.slice(1),
			new Credential().displayName.replace(/ API$/, ''),
		);
	}
	return names;
}

/**
 * Imports the sandbox credentials and example workflows into `n8n` (an instance from createInstance,
 * not started yet) for the running `sandbox`. Returns `{ credentials, workflows }` as imported.
 */
export async function seedDemo(n8n, sandbox, { log = () => {} } = {}) {
	const built = await builtCredentialNames();
	const credentials = [];
	const workflows = [];
	for (const p of sandbox.providers) {
		if (!p.credentialType || !built.has(p.credentialType) || !p.credentials) {
			log(`  ${p.name}: its node is not in this build; no example`);
			continue;
		}
		const credential = {
			id: `sandbox${p.name}`.padEnd(16, '0').slice(0, 16),
			name: `${built.get(p.credentialType)} (sandbox)`,
		};
		credentials.push({ ...credential, type: p.credentialType, data: p.credentials });
		workflows.push(...(demoWorkflows[p.name]?.({ credential, sandboxUrl: sandbox.url }) ?? []));
		log(`  ${p.name}: credential "${credential.name}" → ${p.baseUrl}`);
	}
	if (credentials.length) await n8n.importCredentials(credentials);
	if (workflows.length) await n8n.importWorkflows(workflows);
	return { credentials, workflows };
}
