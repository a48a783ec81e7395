// `npm run bench:queue`: a delivery burst against n8n in queue mode (a benchmark, not a test).
// 1,000 signed Whereby join/leave deliveries at 100 per second to one published Whereby Trigger,
// sent to the webhook processor, with one and with two workers; the same burst to n8n's own Webhook
// node in the same set-up beside it. Counts executions (exactly 1,000: none lost, none duplicated),
// deliveries accepted per second, delivery → run finished p50/p99 and the ratio to the Webhook node.
// Writes its table as the "Queue mode" section of bench/RESULTS.md. See docs/scaling.md.
//
// Options: --deliveries=1000 --rate=100 --workers=1,2 --no-build --out=<file> (fewer deliveries than
// 1,000: the table is printed only, unless --out is given).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { ROOT, WORK_ROOT, ensureN8n, installPackage, run } from '../e2e/lib/n8n.mjs';
import { startServices, postgresBin } from '../e2e/lib/services.mjs';
import { startQueueCluster } from '../e2e/lib/queue.mjs';
import { startSandbox } from '../e2e/sandbox/server.mjs';
import whereby from '../e2e/sandbox/providers/whereby.mjs';
import * as wf from './workflows.mjs';
import { arg, buildUnlessSkipped, now } from './common.mjs';

const COUNT = Number(arg('deliveries', 1000));
const RATE = Number(arg('rate', 100));
const WORKERS = String(arg('workers', '1,2')).split(',').map(Number);
const OUT = arg('out', COUNT === 1000 ? join(ROOT, 'bench', 'RESULTS.md') : undefined);
const REPEATS = Number(arg('repeats', 100));
const SECTION = '## Queue mode: a burst of deliveries';

const log = (m) => process.stderr.write(`[bench:queue] ${m}\n`);
const percentile = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : undefined;
};
const t0 = Date.now();
// Ctrl-C or a CI timeout: exit normally, so the 'exit' handlers stop n8n, Redis and PostgreSQL.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const startLoad = loadavg()[0];

await buildUnlessSkipped(log);

const runtime = await ensureN8n({ log });
const packageDir = join(WORK_ROOT, runtime.line ?? '', 'bench-queue-package');
await installPackage(packageDir, { log });
const sb = await startSandbox({ port: 0 });
const services = await startServices({ log });
const rows = [];
let repeats;
try {
	for (const workers of WORKERS) {
		const result = await burstWith(workers);
		rows.push(...result);
		repeats = result.repeats ?? repeats;
	}
} finally {
	await services.stop();
	await sb.close();
}
report();

/** One cluster with `workers` workers: the burst to our trigger, then to the Webhook node. */
async function burstWith(workers) {
	const cluster = await startQueueCluster({
		name: `bench-queue-${workers}w`,
		services,
		workers,
		runtime,
		packageDir,
		log,
	});
	try {
		const n8n = await cluster.instance();
		await n8n.importCredentials([
			{
				...wf.WHEREBY_CRED,
				data: {
					apiKey: wf.WHEREBY_KEY,
					webhookSecret: wf.WHEREBY_SECRET,
					baseUrl: `${sb.url}/whereby/v1`,
				},
			},
		]);
		const ours = wf.wherebyTriggerWorkflow('benchQueueWbTrig', sb.url);
		const plain = wf.plainWebhookWorkflow('benchQueuePlain1', sb.url);
		await n8n.importWorkflows([ours, plain]);
		await n8n.publish(ours.id);
		await n8n.publish(plain.id);
		const ourUrl = n8n.webhookUrl(wf.TRIGGER_WEBHOOK_ID);
		const plainUrl = `${cluster.descriptor.webhookBase}/webhook/${wf.PLAIN_WEBHOOK_PATH}`;
		await n8n.start({ webhooks: [ourUrl, plainUrl] });
		const database = cluster.descriptor.env.DB_POSTGRESDB_DATABASE;
		const result = [];
		for (const [kind, url, workflowId] of [
			['Whereby Trigger', ourUrl, ours.id],
			['Webhook node', plainUrl, plain.id],
		]) {
			log(`${workers} worker(s): ${COUNT} deliveries at ${RATE}/s to the ${kind}`);
			result.push({
				workers,
				kind,
				...(await burst(kind === 'Whereby Trigger', url)),
				executions: await executionCount(database, workflowId),
			});
		}
		if (workers === Math.max(...WORKERS) && hasIgnoreDuplicates())
			result.repeats = await simultaneousRepeats(
				n8n,
				ourUrl,
				`${n8n.url}/webhook/${wf.TRIGGER_WEBHOOK_ID}/webhook`,
			);
		await n8n.stop();
		return result;
	} finally {
		await cluster.stop();
	}
}

/** Sends COUNT deliveries at RATE per second (each at its slot, not waiting for earlier answers) and waits for their runs. */
async function burst(signed, url) {
	sb.reset();
	const tag = `burst-${Date.now()}`;
	const deliveries = Array.from({ length: COUNT }, (_, i) => {
		const payload = whereby.webhook.event(i % 2 ? 'room.client.left' : 'room.client.joined', {
			displayName: `${tag}-${i}`,
		});
		const s = whereby.webhook.sign({
			payload,
			secret: wf.WHEREBY_SECRET,
			timestamp: Math.floor(Date.now() / 1000),
			url,
		});
		return { headers: signed ? s.headers : { 'content-type': 'application/json' }, body: s.body };
	});
	const start = now();
	const answers = await Promise.all(
		deliveries.map(async (d, i) => {
			await sleep(Math.max(0, start + (i * 1000) / RATE - now()));
			d.sentAt = now();
			try {
				const res = await fetch(url, {
					method: 'POST',
					headers: d.headers,
					body: d.body,
					signal: AbortSignal.timeout(60000),
				});
				await res.arrayBuffer();
				return { status: res.status, at: now() };
			} catch (error) {
				return { status: String(error.cause?.code ?? error.name), at: now() };
			}
		}),
	);
	const accepted = answers.filter((a) => a.status === 200);
	// Every run POSTs its item to the probe: wait until each delivery's run was seen (or nothing new for 60 s).
	const runsOf = () => sb.requests.filter((r) => r.provider === 'probe');
	for (
		let last = -1, quietSince = now();
		runsOf().length < accepted.length && now() - quietSince < 60000;
		await sleep(250)
	) {
		if (runsOf().length !== last) ((last = runsOf().length), (quietSince = now()));
	}
	await sleep(3000); // room for duplicate runs to show up
	const seen = new Map(); // delivery index → when each of its runs reached the probe
	const tokenOf = new RegExp(`${tag}-(\\d+)"`);
	for (const r of runsOf()) {
		const i = Number(tokenOf.exec(r.body)?.[1] ?? -1);
		if (i >= 0) seen.set(i, [...(seen.get(i) ?? []), r.receivedAt]);
	}
	const latencies = [...seen.entries()].map(([i, at]) => at[0] - deliveries[i].sentAt);
	const order = [...seen.entries()].sort((a, b) => a[1][0] - b[1][0]).map(([i]) => i);
	const lastAccepted = Math.max(...accepted.map((a) => a.at));
	return {
		accepted: accepted.length,
		refused: answers.length - accepted.length,
		refusals: [...new Set(answers.filter((a) => a.status !== 200).map((a) => a.status))].join(', '),
		acceptedPerSecond: accepted.length / ((lastAccepted - start) / 1000),
		runs: [...seen.values()].reduce((n, at) => n + at.length, 0),
		lost: COUNT - seen.size,
		duplicated: [...seen.values()].filter((at) => at.length > 1).length,
		outOfOrder: order.filter((v, k) => k > 0 && v < order[k - 1]).length,
		runsPerSecond:
			seen.size / ((Math.max(...[...seen.values()].map((at) => at[0])) - start) / 1000),
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
	};
}

/** Whether the built Whereby Trigger has the `ignoreDuplicates` option. */
function hasIgnoreDuplicates() {
	const { WherebyTrigger } = createRequire(join(ROOT, 'package.json'))(
		join(ROOT, 'dist', 'nodes', 'Whereby', 'WherebyTrigger.node.js'),
	);
	return (
		new WherebyTrigger().description.properties.find((p) => p.name === 'options')?.options ?? []
	).some((o) => o.name === 'ignoreDuplicates');
}

/**
 * The same delivery sent at the same instant to two processes (webhook processor and main), REPEATS
 * times, with ignoreDuplicates on (the default): how many ran twice. Each process reads the trigger's
 * memory from the database before the other has saved it, so some can.
 */
async function simultaneousRepeats(n8n, processorUrl, mainUrl) {
	sb.reset();
	const tag = `repeat-${Date.now()}`;
	for (let i = 0; i < REPEATS; i++) {
		const payload = whereby.webhook.event('room.client.joined', { displayName: `${tag}-${i}` });
		const statuses = await Promise.all(
			[processorUrl, mainUrl].map(
				async (url) =>
					(await sb.deliver({ provider: 'whereby', url, secret: wf.WHEREBY_SECRET, payload }))
						.status,
			),
		);
		if (statuses.some((s) => s !== 200))
			throw new Error(`a repeat was answered ${statuses.join(', ')}`);
		await sleep(100);
	}
	await sleep(5000);
	const runs = new Map();
	const tokenOf = new RegExp(`${tag}-(\\d+)"`);
	for (const r of sb.requests.filter((x) => x.provider === 'probe')) {
		const i = tokenOf.exec(r.body)?.[1];
		if (i !== undefined) runs.set(i, (runs.get(i) ?? 0) + 1);
	}
	return {
		pairs: REPEATS,
		ranTwice: [...runs.values()].filter((n) => n > 1).length,
		ranOnce: [...runs.values()].filter((n) => n === 1).length,
		lost: REPEATS - runs.size,
	};
}

/** Executions of `workflowId` in n8n's database, by status (what n8n itself recorded). */
async function executionCount(database, workflowId) {
	const { port, user } = services.postgres;
	const sql = `SELECT status, count(*) FROM execution_entity WHERE "workflowId" = '${workflowId}' GROUP BY status ORDER BY status`;
	const res = await run(join(postgresBin(), 'psql'), [
		'-h',
		'127.0.0.1',
		'-p',
		String(port),
		'-U',
		user,
		'-d',
		database,
		'-At',
		'-F',
		' ',
		'-c',
		sql,
	]);
	if (res.code !== 0) throw new Error(`psql: ${res.stderr}`);
	return (
		res.stdout
			.trim()
			.split('\n')
			.filter(Boolean)
			.map((l) => l.replace(' ', ': '))
			.join(', ') || 'none'
	);
}

function report() {
	const ms = (x) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
	const head = [
		'workers',
		'receiver',
		'accepted / refused',
		'accepted per s',
		'runs (lost / duplicated)',
		'n8n executions',
		'runs finished per s',
		'delivery → run p50',
		'p99',
		'p99 ratio to Webhook node',
		'finished out of order',
	];
	const table = [head, head.map(() => '---')];
	for (const r of rows) {
		const plain = rows.find((x) => x.workers === r.workers && x.kind === 'Webhook node');
		const ratio = r.kind === 'Webhook node' ? '—' : `${(r.p99 / plain.p99).toFixed(2)} ×`;
		table.push([
			r.workers,
			r.kind,
			`${r.accepted} / ${r.refused}${r.refusals ? ` (${r.refusals})` : ''}`,
			r.acceptedPerSecond.toFixed(1),
			`${r.runs} (${r.lost} / ${r.duplicated})`,
			r.executions,
			r.runsPerSecond.toFixed(1),
			ms(r.p50),
			ms(r.p99),
			ratio,
			r.outOfOrder,
		]);
	}
	const scale =
		WORKERS.length > 1
			? rows
					.filter((r) => r.kind === 'Whereby Trigger')
					.map((r) => `${r.workers} worker(s) ${r.runsPerSecond.toFixed(1)} runs/s`)
					.join(', ')
			: '';
	const text = [
		SECTION,
		'',
		`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:queue\` (${((Date.now() - t0) / 60000).toFixed(1)} min): ${COUNT} signed deliveries`,
		`at ${RATE} per second (alternating room.client.joined / room.client.left) to the webhook processor, n8n ${runtime.version} in queue mode`,
		`(main + webhook processor + workers, PostgreSQL and Redis on the same machine), Node ${process.version}, ${cpus().length} CPU cores,`,
		`load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (the benchmark's own processes included).`,
		'"delivery → run": from sending a delivery to its run\'s last node (an HTTP Request to the sandbox) arriving; "runs finished per s": runs ÷ (last run − first delivery).',
		'"n8n executions": rows in n8n\'s execution table for the workflow, by status. "finished out of order": runs that finished before a delivery sent earlier.',
		...(scale ? [`Scaling: ${scale}.`] : []),
		repeats
			? `Duplicates at the same instant (ignoreDuplicates on): the same delivery sent simultaneously to the webhook processor and to the main, ${repeats.pairs} times: ${repeats.ranTwice} ran twice, ${repeats.ranOnce} once, ${repeats.lost} not at all.`
			: 'Duplicates at the same instant: not measured (the Whereby Trigger of this build has no ignoreDuplicates option).',
		'',
		table.map((cols) => `| ${cols.join(' | ')} |`).join('\n'),
	].join('\n');
	console.log(`\n${text}\n`);
	if (!OUT) return;
	const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
	const at = old.indexOf(SECTION);
	const next = at >= 0 ? old.indexOf('\n## ', at + SECTION.length) : -1;
	const before = at >= 0 ? old.slice(0, at) : `${old.trimEnd()}\n\n`;
	writeFileSync(OUT, `${before}${text}\n${next >= 0 ? old.slice(next + 1) : ''}`);
	log(`written to ${OUT}`);
}
