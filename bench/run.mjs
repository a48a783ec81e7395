// `npm run bench`: speed and rate-limit behaviour at volume, in the real n8n of the e2e harness
// against the provider sandbox, compared with n8n's own nodes. Prints one table of medians and
// ratios and writes it to bench/RESULTS.md (with bench/notes.md appended). See docs/performance.md.
//
// Options: --items=1000 --runs=3 --deliveries=20 --only=1,2,3,4 --no-build --out=<file>
// (with fewer items than 1000 the table is printed only, unless --out is given).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import {
	ROOT,
	createInstance,
	ensureN8n,
	freePort,
	parseTrailingJson,
	run,
} from '../e2e/lib/n8n.mjs';
import { startSandbox } from '../e2e/sandbox/server.mjs';
import whereby from '../e2e/sandbox/providers/whereby.mjs';
import * as wf from './workflows.mjs';
import { benchTwilio, twilioAvailability, twilioCredential, twilioWorkflows } from './twilio.mjs';
import { arg, buildUnlessSkipped, now } from './common.mjs';

const ITEMS = Number(arg('items', 1000));
const RUNS = Number(arg('runs', 3));
const DELIVERIES = Number(arg('deliveries', 20));
const ONLY = String(arg('only', '1,2,3,4')).split(',').map(Number);
const OUT = arg('out', ITEMS === 1000 ? join(ROOT, 'bench', 'RESULTS.md') : undefined);
const LATENCY_MS = 25;
const RATE_PER_SECOND = 50;
const CONCURRENCIES = [1, 4, 16, 64];

const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const median = (xs) => {
	const s = xs.filter((x) => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return undefined;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const t0 = Date.now();
const startLoad = loadavg()[0];

await buildUnlessSkipped(log);

const runtime = await ensureN8n({ log });
const n8n = await createInstance({ name: 'bench', port: await freePort(), runtime, log });
await n8n.installPackage();
const sb = await startSandbox({ port: 0, latencyMs: LATENCY_MS });
const wbBase = `${sb.url}/whereby/v1`;
const twilioMissing = twilioAvailability();
await n8n.importCredentials([
	{
		...wf.WHEREBY_CRED,
		data: { apiKey: wf.WHEREBY_KEY, webhookSecret: wf.WHEREBY_SECRET, baseUrl: wbBase },
	},
	...(twilioMissing ? [] : [twilioCredential(sb)]),
]);

const ours = Object.fromEntries(
	CONCURRENCIES.map((c) => [
		c,
		wf.wherebyCreate(`benchWhereby${String(c).padStart(4, '0')}`, ITEMS, c),
	]),
);
const httpNode = wf.httpRequestCreate('benchHttpRequest', ITEMS, wbBase);
const triggerWf = wf.wherebyTriggerWorkflow('benchWbTrigger01', sb.url);
const plainWf = wf.plainWebhookWorkflow('benchPlainHook01', sb.url);
await n8n.importWorkflows([
	...Object.values(ours),
	httpNode,
	triggerWf,
	plainWf,
	...(twilioMissing ? [] : Object.values(twilioWorkflows(sb.url))),
]);

/**
 * `n8n execute` of one workflow under /usr/bin/time -v. The time is taken from the sandbox's log:
 * first request received → last response written, so n8n's CLI start-up is not in it.
 */
async function measure(workflow, { prepare, provider = 'whereby' } = {}) {
	sb.reset();
	prepare?.();
	if (workflow.rateLimited) sb.configure({ rateLimitPerSecond: RATE_PER_SECOND });
	const args = [runtime.bin, 'execute', `--id=${workflow.id}`, '--rawOutput'];
	const timed = existsSync('/usr/bin/time');
	const res = await run(
		timed ? '/usr/bin/time' : runtime.node,
		timed ? ['-v', runtime.node, ...args] : args,
		{
			cwd: n8n.dir,
			env: n8n.env,
			timeoutMs: 600_000,
		},
	);
	await sleep(200); // answers to a run that already failed may still be on their way
	const sent = sb.requests.filter((r) => r.provider === provider);
	const first = Math.min(...sent.map((r) => r.receivedAt));
	const last = Math.max(...sent.filter((r) => r.respondedAt).map((r) => r.respondedAt));
	const succeeded = sent.filter((r) => r.status >= 200 && r.status < 300).length;
	const output = parseTrailingJson(res.stdout);
	const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1];
	const node = output?.data?.resultData?.runData?.[workflow.nodes.at(-1).name]?.[0];
	return {
		nodeSeconds: (node?.executionTime ?? NaN) / 1000,
		outputItems: node?.data?.main?.[0]?.length,
		seconds: sent.length ? (last - first) / 1000 : undefined,
		failed: ITEMS - succeeded,
		tooMany: sent.filter((r) => r.status === 429).length,
		requests: sent.length,
		runOk: res.code === 0 && output?.data?.resultData?.error === undefined,
		peakMb: kb ? Number(kb) / 1024 : undefined,
	};
}

/** Runs every case `RUNS` times, interleaved (so load changes on the machine hit every case alike). */
async function rounds(cases) {
	const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
	for (let r = 1; r <= RUNS; r++) {
		for (const [key, workflow] of Object.entries(cases)) {
			const m = await measure(workflow);
			results[key].push(m);
			log(
				`run ${r}/${RUNS} ${key}: ${m.seconds?.toFixed(3)} s (node ${m.nodeSeconds.toFixed(3)} s), ${m.failed} failed, ${m.tooMany}×429, ${m.peakMb?.toFixed(0)} MB`,
			);
		}
	}
	const summary = (list) => ({
		seconds: median(list.map((m) => m.seconds)),
		failed: median(list.map((m) => m.failed)),
		tooMany: median(list.map((m) => m.tooMany)),
		peakMb: median(list.map((m) => m.peakMb)),
		nodeSeconds: median(list.map((m) => m.nodeSeconds)),
		runsOk: list.filter((m) => m.runOk).length,
		all: list.map((m) => m.seconds),
	});
	return Object.fromEntries(Object.entries(results).map(([k, list]) => [k, summary(list)]));
}

const rows = [];
const row = (r) => rows.push(r);
const fmtS = (s) => (s === undefined ? '—' : `${s.toFixed(s < 10 ? 3 : 2)} s`);
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
const verdict = (value, limit) => (value === undefined ? 'n/a' : value <= limit ? 'met' : 'MISSED');

if (ONLY.includes(1)) {
	log(`benchmark 1: ${ITEMS} × Whereby meeting create, ${LATENCY_MS} ms latency`);
	const res = await rounds({
		...Object.fromEntries(CONCURRENCIES.map((c) => [`ours c=${c}`, ours[c]])),
		'HTTP Request': httpNode,
	});
	const http = res['HTTP Request'];
	for (const c of CONCURRENCIES) {
		const m = res[`ours c=${c}`];
		const bound = (ITEMS * LATENCY_MS) / c / 1000;
		const r = ratio(m.seconds, bound);
		row({
			bench: '1 create',
			what: `Whereby node, concurrency ${c}`,
			median: fmtS(m.seconds),
			against: `bound ${fmtS(bound)}`,
			ratio: r,
			target: '≤ 1.15 × bound',
			result: verdict(r, 1.15),
			failed: m.failed,
			tooMany: m.tooMany,
			peakMb: m.peakMb,
			nodeSeconds: m.nodeSeconds,
			runs: m.all,
		});
		if (c === 64) {
			const rh = ratio(m.seconds, http.seconds);
			row({
				bench: '1 create',
				what: 'Whereby node c=64 vs HTTP Request (first request → last response)',
				median: fmtS(m.seconds),
				against: `HTTP Request ${fmtS(http.seconds)}`,
				ratio: rh,
				target: '≤ 1.2 × HTTP Request',
				result: verdict(rh, 1.2),
			});
			const rn = ratio(m.nodeSeconds, http.nodeSeconds);
			row({
				bench: '1 create',
				what: 'Whereby node c=64 vs HTTP Request (whole node run, n8n executionTime)',
				median: fmtS(m.nodeSeconds),
				against: `HTTP Request ${fmtS(http.nodeSeconds)}`,
				ratio: rn,
				target: '≤ 1.2 × HTTP Request',
				result: verdict(rn, 1.2),
			});
		}
	}
	row({
		bench: '1 create',
		what: 'HTTP Request node (defaults: all items at once)',
		median: fmtS(http.seconds),
		against: `bound ${fmtS((ITEMS * LATENCY_MS) / ITEMS / 1000)}`,
		ratio: undefined,
		target: '—',
		result: 'reference',
		failed: http.failed,
		tooMany: http.tooMany,
		peakMb: http.peakMb,
		nodeSeconds: http.nodeSeconds,
		runs: http.all,
	});
}

if (ONLY.includes(2)) {
	log(
		`benchmark 2: the same against ${RATE_PER_SECOND} requests/second (429 + Retry-After beyond)`,
	);
	const limited = (w) => ({ ...w, rateLimited: true });
	const res = await rounds({ 'ours c=64': limited(ours[64]), 'HTTP Request': limited(httpNode) });
	const bound = ITEMS / RATE_PER_SECOND;
	const m = res['ours c=64'];
	const r = ratio(m.seconds, bound);
	const ok = m.failed === 0 && r !== undefined && r <= 1.15;
	row({
		bench: '2 rate limit',
		what: `Whereby node, concurrency 64, ${RATE_PER_SECOND}/s`,
		median: fmtS(m.seconds),
		against: `bound ${fmtS(bound)}`,
		ratio: r,
		target: '0 failed, ≤ 1.15 × bound',
		result: ok ? 'met' : 'MISSED',
		failed: m.failed,
		tooMany: m.tooMany,
		peakMb: m.peakMb,
		nodeSeconds: m.nodeSeconds,
		runs: m.all,
	});
	const h = res['HTTP Request'];
	row({
		bench: '2 rate limit',
		what: `HTTP Request node (defaults), ${RATE_PER_SECOND}/s`,
		median: fmtS(h.seconds),
		against: '—',
		ratio: undefined,
		target: '—',
		result: `reference (${h.runsOk}/${RUNS} runs succeeded)`,
		failed: h.failed,
		tooMany: h.tooMany,
		peakMb: h.peakMb,
		nodeSeconds: h.nodeSeconds,
		runs: h.all,
	});
}

if (ONLY.includes(3)) {
	const missing = twilioMissing;
	if (missing) {
		row({
			bench: '3 return all',
			what: 'Twilio conferences, Return All over 50,000 (PageSize 1000)',
			median: '—',
			against: '—',
			target: '≤ 1.2 × bare HTTP client',
			result: `not yet available: ${missing}`,
		});
		row({
			bench: '3 return all',
			what: 'Twilio conferences, Limit 10',
			median: '—',
			against: '—',
			target: 'exactly 1 request',
			result: `not yet available: ${missing}`,
		});
	} else {
		log('benchmark 3: Twilio Return All over 50,000 conferences, and Limit 10');
		for (const r of await benchTwilio({
			sb,
			runs: RUNS,
			log,
			measureExecute: measure,
			median,
			fmtS,
		}))
			row(r);
	}
}

if (ONLY.includes(4)) {
	log('benchmark 4: signature verification cost and delivery → run latency');
	const cost = verifyCost();
	row({
		bench: '4 trigger',
		what: 'Whereby signature verification per delivery',
		median: `${cost.toFixed(1)} µs`,
		against: '—',
		ratio: undefined,
		target: '< 50 µs',
		result: cost < 50 ? 'met' : 'MISSED',
	});
	const lat = await deliveryLatency();
	const r = ratio(lat.ours, lat.plain);
	row({
		bench: '4 trigger',
		what: 'delivery → run: Whereby Trigger vs Webhook node',
		median: `${lat.ours.toFixed(1)} ms`,
		against: `Webhook node ${lat.plain.toFixed(1)} ms`,
		ratio: r,
		target: '≤ 1.05 × Webhook node',
		result: verdict(r, 1.05),
		peakMb: lat.peakMb,
	});
}

await n8n.stop();
await sb.close();
report();

/** Median µs of one Whereby signature check (the built provider adapter over the kernel). */
function verifyCost() {
	const require = createRequire(join(ROOT, 'package.json'));
	const { isWherebySignatureValid } = require(
		join(ROOT, 'dist', 'nodes', 'Whereby', 'signature.js'),
	);
	const payload = whereby.webhook.event('room.client.joined', { displayName: 'Ada Lovelace' });
	const signed = whereby.webhook.sign({
		payload,
		secret: wf.WHEREBY_SECRET,
		timestamp: Math.floor(Date.now() / 1000),
		url: 'http://x',
	});
	const input = {
		header: signed.headers['Whereby-Signature'] ?? signed.headers['whereby-signature'],
		rawBody: Buffer.from(signed.body),
		secret: wf.WHEREBY_SECRET,
		toleranceSeconds: 300,
	};
	if (!isWherebySignatureValid(input)) throw new Error('the bench delivery does not verify');
	const batch = 5000;
	const samples = [];
	for (let b = 0; b < 8; b++) {
		const start = performance.now();
		for (let i = 0; i < batch; i++) isWherebySignatureValid(input);
		samples.push(((performance.now() - start) * 1000) / batch);
	}
	return median(samples.slice(2)); // the first batches warm the JIT up
}

/** Median ms from sending a delivery to the run's first request (the probe), ours vs the Webhook node. */
async function deliveryLatency() {
	await n8n.publish(triggerWf.id);
	await n8n.publish(plainWf.id);
	const ourUrl = n8n.webhookUrl(wf.TRIGGER_WEBHOOK_ID);
	const plainUrl = `${n8n.url}/webhook/${wf.PLAIN_WEBHOOK_PATH}`;
	const child = await n8n.start({ webhooks: [ourUrl, plainUrl] });
	sb.reset();
	const one = async (kind, token) => {
		const payload = whereby.webhook.event('room.client.joined', { displayName: token });
		const signed = whereby.webhook.sign({
			payload,
			secret: wf.WHEREBY_SECRET,
			timestamp: Math.floor(Date.now() / 1000),
			url: ourUrl,
		});
		const headers = kind === 'ours' ? signed.headers : { 'content-type': 'application/json' };
		const sentAt = now();
		const res = await fetch(kind === 'ours' ? ourUrl : plainUrl, {
			method: 'POST',
			headers,
			body: signed.body,
		});
		if (res.status !== 200)
			throw new Error(`${kind} delivery answered ${res.status}: ${await res.text()}`);
		for (let waited = 0; waited < 10_000; waited += 2) {
			const probe = sb.requests.find((r) => r.provider === 'probe' && r.body.includes(token));
			if (probe) return probe.receivedAt - sentAt;
			await sleep(2);
		}
		throw new Error(`${kind}: no run seen for delivery ${token}`);
	};
	const samples = { ours: [], plain: [] };
	for (let i = -3; i < DELIVERIES; i++) {
		// Alternate which one goes first so neither profits from a warmer process.
		for (const kind of i % 2 ? ['ours', 'plain'] : ['plain', 'ours']) {
			const ms = await one(kind, `bench-${kind}-${i}-${Date.now()}`);
			if (i >= 0) samples[kind].push(ms);
		}
	}
	const status = existsSync(`/proc/${child.pid}/status`)
		? readFileSync(`/proc/${child.pid}/status`, 'utf8')
		: '';
	const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
	await n8n.stop();
	return {
		ours: median(samples.ours),
		plain: median(samples.plain),
		peakMb: hwm ? Number(hwm) / 1024 : undefined,
	};
}

function report() {
	const head = [
		'#',
		'case',
		'median',
		'compared with',
		'ratio',
		'target',
		'result',
		'failed items',
		'429 answers',
		'node run (n8n)',
		'peak RSS',
		'all runs',
	];
	const cell = (r) => [
		r.bench,
		r.what,
		r.median,
		r.against ?? '—',
		r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)} ×`,
		r.target ?? '—',
		r.result,
		r.failed ?? '—',
		r.tooMany ?? '—',
		r.nodeSeconds === undefined || Number.isNaN(r.nodeSeconds) ? '—' : fmtS(r.nodeSeconds),
		r.peakMb === undefined ? '—' : `${r.peakMb.toFixed(0)} MB`,
		r.runs ? r.runs.map((s) => (s === undefined ? '—' : s.toFixed(2))).join(' / ') : '—',
	];
	const table = [head, head.map(() => '---'), ...rows.map(cell)]
		.map((cols) => `| ${cols.join(' | ')} |`)
		.join('\n');
	const minutes = ((Date.now() - t0) / 60000).toFixed(1);
	const context = [
		`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` (${minutes} min): ${ITEMS} items, ${RUNS} runs per case (medians), ${DELIVERIES} deliveries per trigger,`,
		`sandbox latency ${LATENCY_MS} ms, n8n ${runtime.version}, Node ${runtime.nodeVersion}, ${cpus().length} CPU cores,`,
		`load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (other work shared the machine).`,
		'Times: first request received → last response written, from the sandbox log (n8n start-up excluded).',
		'"node run (n8n)": the node\'s own executionTime in n8n\'s run data, which also counts the work before the first request',
		"(the HTTP Request node evaluates every item's parameters before it sends anything; ours overlaps that work with the requests).",
		'Peak RSS: the `n8n execute` process (/usr/bin/time -v), for the trigger the `n8n start` process (VmHWM).',
	].join('\n');
	const text = `# Benchmark results\n\n${context}\n\n${table}\n`;
	console.log(`\n${text}`);
	if (OUT) {
		const notesFile = join(ROOT, 'bench', 'notes.md');
		const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
		// Keep the section `npm run bench:queue` writes (bench/queue-burst.mjs).
		const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
		const queueSection = previous.indexOf('\n## Queue mode');
		writeFileSync(OUT, text + notes + (queueSection >= 0 ? previous.slice(queueSection) : ''));
		log(`written to ${OUT}`);
	}
	if (!existsSync('/usr/bin/time'))
		log('note: /usr/bin/time is missing, so memory peaks of n8n execute were not measured');
}
