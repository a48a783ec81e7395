// Benchmark 3 (Return All over 50,000 Twilio conferences) needs the Twilio Conference node and its
// sandbox module, which land in main separately; until both are here the row says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, packageManifest } from '../e2e/lib/n8n.mjs';

const NODE_FILE = 'dist/nodes/TwilioConference/TwilioConference.node.js';
const SANDBOX_MODULE = join(ROOT, 'e2e', 'sandbox', 'providers', 'twilio.mjs');

/** Why benchmark 3 cannot run yet, or undefined when it can. */
export function twilioAvailability() {
	const missing = [];
	if (!(packageManifest().nodes ?? []).includes(NODE_FILE)) missing.push('the Twilio Conference node is not in package.json');
	if (!existsSync(SANDBOX_MODULE)) missing.push('e2e/sandbox/providers/twilio.mjs does not exist');
	return missing.length ? missing.join('; ') : undefined;
}

export async function benchTwilio() {
	throw new Error('benchmark 3 is written against the Twilio sandbox module once it is in main');
}
