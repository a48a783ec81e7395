// Benchmark 3: Return All over 50,000 Twilio conferences (PageSize 1000) with the Twilio Conference
// node, against fetching the same pages back to back with a bare HTTP client; and Limit 10.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, packageManifest } from '../e2e/lib/n8n.mjs';
import { chainWorkflow, nodeType } from '../e2e/lib/suite.mjs';

const NODE_FILE = 'dist/nodes/TwilioConference/TwilioConference.node.js';
const SANDBOX_MODULE = join(ROOT, 'e2e', 'sandbox', 'providers', 'twilio.mjs');
const CRED = { id: 'benchTwilioCred1', name: 'Twilio sandbox', type: 'twilioConferenceApi' };
const CONFERENCES = 50_000;

/** Why benchmark 3 cannot run yet, or undefined when it can. */
export function twilioAvailability() {
	const missing = [];
	if (!(packageManifest().nodes ?? []).includes(NODE_FILE))
		missing.push('the Twilio Conference node is not in package.json');
	if (!existsSync(SANDBOX_MODULE)) missing.push('e2e/sandbox/providers/twilio.mjs does not exist');
	return missing.length ? missing.join('; ') : undefined;
}

const twilioNode = (parameters) => ({
	name: 'Twilio',
	type: nodeType('twilioConference'),
	parameters: { resource: 'conference', operation: 'getAll', filters: {}, ...parameters },
	credentials: { twilioConferenceApi: { id: CRED.id, name: CRED.name } },
});

/** Reports how many items reached it to the sandbox probe (n8n's CLI output of 50,000 items gets cut off). */
const countProbe = (sandboxUrl, name) => ({
	name: 'Count',
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	executeOnce: true,
	parameters: {
		method: 'POST',
		url: `${sandboxUrl}/_probe/${name}`,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: '={{ JSON.stringify({ count: $input.all().length }) }}',
		options: {},
	},
});

export const twilioWorkflows = (sandboxUrl) => ({
	returnAll: chainWorkflow('benchTwilioAll01', [
		twilioNode({ returnAll: true }),
		countProbe(sandboxUrl, 'twilio-all'),
	]),
	limit10: chainWorkflow('benchTwilioTen01', [
		twilioNode({ returnAll: false, limit: 10 }),
		countProbe(sandboxUrl, 'twilio-ten'),
	]),
});

const probedCount = (sb, name) => {
	const probe = sb.requests.find((r) => r.provider === 'probe' && r.path === `/_probe/${name}`);
	return probe ? JSON.parse(probe.body).count : undefined;
};

export function twilioCredential(sb) {
	const provider = sb.providers.find((p) => p.name === 'twilio');
	return { ...CRED, data: provider.credentials };
}

/** Replaces the sandbox's conferences by `CONFERENCES` finished ones, cloned from a seeded one. */
function seedConferences(sb) {
	const { conferences } = sb.state('twilio');
	const template = [...conferences.values()].find((c) => c.status === 'completed');
	conferences.clear();
	const start = Date.UTC(2024, 0, 1);
	for (let i = 0; i < CONFERENCES; i++) {
		const sid = `CF${i.toString(16).padStart(32, '0')}`;
		const at = start + i * 60_000;
		conferences.set(sid, {
			...template,
			sid,
			friendly_name: `bench-${i}`,
			createdMs: at,
			updatedMs: at,
			participants: new Map(),
			recordings: [],
		});
	}
}

const window = (requests) =>
	(Math.max(...requests.map((r) => r.respondedAt)) -
		Math.min(...requests.map((r) => r.receivedAt))) /
	1000;

/** The same pages fetched back to back by a bare HTTP client (fetch + JSON.parse), as the baseline. */
async function bareClient(sb) {
	const { baseUrl, credentials } = sb.providers.find((p) => p.name === 'twilio');
	const auth = `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString('base64')}`;
	let next = `/2010-04-01/Accounts/${credentials.accountSid}/Conferences.json?PageSize=1000`;
	let records = 0;
	while (next) {
		const res = await fetch(baseUrl + next, {
			headers: { authorization: auth, accept: 'application/json' },
		});
		const body = await res.json();
		records += body.conferences.length;
		next = body.next_page_uri;
	}
	return records;
}

/** Rows for the table: Return All (node vs bare client) and Limit 10 (requests sent). */
export async function benchTwilio({ sb, runs, log, measureExecute, median, fmtS }) {
	const wfs = twilioWorkflows(sb.url);
	const twilio = () => sb.requests.filter((r) => r.provider === 'twilio');
	const node = [];
	const bare = [];
	let records;
	let peak = [];
	for (let r = 1; r <= runs; r++) {
		const m = await measureExecute(wfs.returnAll, {
			prepare: () => seedConferences(sb),
			provider: 'twilio',
		});
		const pages = twilio().length;
		node.push(m.seconds);
		peak.push(m.peakMb);
		records = probedCount(sb, 'twilio-all');
		sb.reset();
		seedConferences(sb);
		const got = await bareClient(sb);
		bare.push(window(twilio()));
		log(
			`run ${r}/${runs} Twilio Return All: node ${m.seconds.toFixed(3)} s (${pages} pages, ${records} items), bare client ${bare.at(-1).toFixed(3)} s (${got} records)`,
		);
	}
	const limit = await measureExecute(wfs.limit10, {
		prepare: () => seedConferences(sb),
		provider: 'twilio',
	});
	const limitRequests = twilio();
	log(
		`Twilio Limit 10: ${limitRequests.length} request(s), ${probedCount(sb, 'twilio-ten')} items`,
	);
	const n = median(node);
	const b = median(bare);
	const ratio = n / b;
	return [
		{
			bench: '3 return all',
			what: `Twilio node, Return All over ${CONFERENCES.toLocaleString('en')} conferences (PageSize 1000)`,
			median: fmtS(n),
			against: `bare HTTP client ${fmtS(b)}`,
			ratio,
			target: '≤ 1.2 × bare HTTP client',
			result: ratio <= 1.2 && records === CONFERENCES ? 'met' : 'MISSED',
			failed: CONFERENCES - (records ?? 0),
			peakMb: median(peak),
			runs: node,
		},
		{
			bench: '3 return all',
			what: 'Twilio node, Limit 10',
			median: `${limitRequests.length} request(s), PageSize=${limitRequests[0]?.query.PageSize}`,
			against: '—',
			target: 'exactly 1 request',
			result: limitRequests.length === 1 && probedCount(sb, 'twilio-ten') === 10 ? 'met' : 'MISSED',
			peakMb: limit.peakMb,
		},
	];
}
