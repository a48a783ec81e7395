// n8n in queue mode: a main (`n8n start`), workers (`n8n worker`) and a webhook processor
// (`n8n webhook`) sharing one PostgreSQL database, one Redis and one user folder (our package installed
// there once, as a community package). See docs/scaling.md and e2e/README.md.
//
// startQueueCluster() starts the processes; queueInstance() drives a running cluster with the same
// helpers as createInstance() (lib/n8n.mjs), so the provider test files run unchanged against it:
// execute() runs on a worker, webhookUrl() points at the webhook processor, publish() activates.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createInstance, freePort } from './n8n.mjs';

const defaultLog = (m) => console.log(`[queue] ${m}`);
const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/** The environment every process of one cluster shares (queue mode, the database, Redis, the public webhook URL). */
function clusterEnv({ postgres, redis, database, prefix, webhookUrl }) {
	return {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_BULL_PREFIX: prefix,
		N8N_REDIS_KEY_PREFIX: prefix,
		N8N_CACHE_REDIS_KEY_PREFIX: `${prefix}-cache`,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: 'unused-trust-auth',
		// n8n's default pool is 2 connections per process: a burst of deliveries then waits for a
		// connection until it times out and the webhook processor answers 503 (measured: docs/scaling.md).
		DB_POSTGRESDB_POOL_SIZE: '10',
		WEBHOOK_URL: webhookUrl,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		// Each process starts a JS task runner; on a busy machine it can take longer than the default 30 s.
		N8N_RUNNERS_GRANT_TOKEN_TTL: '180',
	};
}

async function httpAnswer(url, init) {
	try {
		const r = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
		return { status: r.status, body: await r.text() };
	} catch {
		return null;
	}
}

/** Polls `ready()` every 500 ms until it is true; fails when `failed()` names a reason or after `timeoutMs`. */
async function pollUntil(what, ready, { timeoutMs = 180000, failed = () => null } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const reason = failed();
		if (reason) throw new Error(`${what}: ${reason}`);
		if (await ready()) return;
		if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
		await sleep(500);
	}
}

/** Spawns `n8n <command>` with its output in `logFile`; `stop()` = SIGTERM, SIGKILL after 20 s. */
function spawnN8n(runtime, command, env, logFile) {
	const out = createWriteStream(logFile, { flags: 'a' });
	const child = spawn(runtime.node ?? process.execPath, [runtime.bin, command], {
		cwd: env.N8N_USER_FOLDER,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(out);
	child.stderr.pipe(out);
	const kill = () => child.kill('SIGKILL');
	process.once('exit', kill);
	let exitCode;
	const exited = new Promise((r) =>
		child.on(
			'exit',
			(code, signal) => ((exitCode = code ?? signal), process.off('exit', kill), r()),
		),
	);
	return {
		logFile,
		exitCode: () => exitCode,
		stop: async () => {
			if (exitCode !== undefined) return;
			child.kill('SIGTERM');
			const timer = setTimeout(kill, 20000);
			await exited;
			clearTimeout(timer);
		},
	};
}

/**
 * Starts n8n in queue mode on `services` ({ redis, postgres } from lib/services.mjs): a new database,
 * the main, then `workers` workers and one webhook processor, each polled until it really answers
 * (/healthz/readiness = database connected and migrated; the main also serves its REST API).
 * Our package is copied from `packageDir` (an installPackage() folder) or installed.
 * Returns `{ descriptor, instance(), stop() }`: `descriptor` (plain JSON) lets another process attach
 * with queueInstance(); `stop()` ends every process, also after a failed start.
 */
export async function startQueueCluster({
	name = 'queue',
	services,
	workers = 2,
	runtime,
	packageDir,
	log = defaultLog,
	extraEnv = {},
}) {
	const database = await services.postgres.createDatabase(
		`n8n_${name.replace(/\W/g, '_').toLowerCase()}_${Date.now()}`,
	);
	const [mainPort, webhookPort] = [await freePort(), await freePort()];
	const webhookBase = `http://127.0.0.1:${webhookPort}`;
	const env = {
		...clusterEnv({
			...services,
			database,
			prefix: `vm-${name}-${Date.now()}`,
			webhookUrl: `${webhookBase}/`,
		}),
		...extraEnv,
	};
	const main = await createInstance({ name, port: mainPort, runtime, log, extraEnv: env });
	if (packageDir && existsSync(join(packageDir, '.n8n', 'nodes')))
		cpSync(join(packageDir, '.n8n', 'nodes'), join(main.dir, '.n8n', 'nodes'), { recursive: true });
	else await main.installPackage();

	const processes = [];
	const stop = async () => {
		await Promise.all(processes.map((p) => p.stop()));
		await main.stop();
	};
	const t0 = Date.now();
	// Generous: on a busy 2-core machine n8n 2.41 processes took up to 4 min to become ready. The
	// waits end as soon as each process answers, and at once when one exits.
	const timeoutMs = 600000;
	try {
		// The main first: it migrates the new database. Its /healthz answers before that is done and
		// before its REST API is mounted: wait for both.
		await main.start({ timeoutMs });
		await pollUntil(
			`main (log ${join(main.dir, 'n8n.log')})`,
			async () =>
				(await httpAnswer(`${main.url}/healthz/readiness`))?.status === 200 &&
				(await httpAnswer(`${main.url}/rest/settings`))?.status === 200,
			{ timeoutMs },
		);
		const started = [];
		const webhook = spawnN8n(
			runtime,
			'webhook',
			{
				...main.env,
				N8N_PORT: String(webhookPort),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			},
			join(main.dir, 'webhook.log'),
		);
		processes.push(webhook);
		started.push({
			label: 'webhook processor',
			proc: webhook,
			url: `${webhookBase}/healthz/readiness`,
		});
		for (let i = 1; i <= workers; i++) {
			const healthPort = await freePort();
			const worker = spawnN8n(
				runtime,
				'worker',
				{
					...main.env,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				},
				join(main.dir, `worker-${i}.log`),
			);
			processes.push(worker);
			started.push({
				label: `worker ${i}`,
				proc: worker,
				url: `http://127.0.0.1:${healthPort}/healthz/readiness`,
			});
		}
		await Promise.all(
			started.map(({ label, proc, url }) =>
				pollUntil(
					`${label} (log ${proc.logFile})`,
					async () => (await httpAnswer(url))?.status === 200,
					{
						timeoutMs,
						failed: () => (proc.exitCode() !== undefined ? `exited (${proc.exitCode()})` : null),
					},
				),
			),
		);
	} catch (error) {
		await stop();
		throw error;
	}
	log(
		`queue mode: main :${mainPort}, webhook processor :${webhookPort}, ${workers} worker(s); ready after ${Math.round((Date.now() - t0) / 1000)} s`,
	);
	const descriptor = {
		name,
		dir: main.dir,
		mainPort,
		webhookBase,
		env,
		logs: [join(main.dir, 'n8n.log'), ...processes.map((p) => p.logFile)],
		workerLogs: processes.slice(1).map((p) => p.logFile),
	};
	return { descriptor, instance: () => queueInstance(descriptor, { runtime, log }), stop };
}

/**
 * Drives a running queue-mode cluster (a startQueueCluster() descriptor) with createInstance()'s
 * helpers, changed where queue mode differs:
 * - `execute(id)` runs the workflow from the main's REST API as the editor does; the main hands it to
 *   a worker (OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS), and the result is read back from the database.
 *   It fails unless a worker's log shows it started that execution. `output.worker` names the worker log.
 * - `publish(id)` activates through the running main; `close()` deactivates what this instance activated.
 * - `start({ webhooks })` waits until the webhook processor knows every URL in `webhooks`; `stop()`
 *   leaves the shared cluster running (a "restart" is then only a pause: state is in the database anyway).
 * - `webhookUrl()` is the webhook processor's; `log()` concatenates every process's log.
 */
export async function queueInstance(descriptor, { runtime, log = defaultLog } = {}) {
	const base = await createInstance({
		name: descriptor.name,
		dir: descriptor.dir,
		keep: true,
		port: descriptor.mainPort,
		runtime,
		log,
		extraEnv: descriptor.env,
	});
	const { parse } = createRequire(join(base.runtime.dir, 'node_modules', 'n8n', 'package.json'))(
		'flatted',
	);
	let loggedIn = false;
	const active = new Set();
	const readLog = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
	// The cluster is shared by every test file: log() shows only what was logged since this file began,
	// as a test file's own n8n would (an earlier file's expected errors are not this file's).
	const logStart = new Map(descriptor.logs.map((file) => [file, readLog(file).length]));
	const api = async (method, path, body) => {
		if (!loggedIn) await self.login();
		const r = await base.api(method, path, body);
		if (r.status !== 200)
			throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
		return r.body.data ?? r.body;
	};
	const workflow = (id) => api('GET', `/rest/workflows/${id}`);
	/** The log file of the worker that started execution `id`, or undefined. */
	const workerOf = (id) =>
		descriptor.workerLogs.find((f) =>
			new RegExp(`Worker started execution ${id}\\b`).test(readLog(f)),
		);

	const self = {
		...base,
		installPackage: async () => {},
		login: async () => {
			await base.login();
			loggedIn = true;
		},
		execute: async (id, { timeoutMs = 180000 } = {}) => {
			const workflowData = await workflow(id);
			const trigger = workflowData.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
			const started = await api('POST', `/rest/workflows/${id}/run`, {
				workflowData,
				...(trigger ? { triggerToStartFrom: { name: trigger.name } } : {}),
			});
			const executionId = started.executionId;
			if (!executionId) throw new Error(`workflow ${id} did not start: ${JSON.stringify(started)}`);
			let execution;
			await pollUntil(
				`execution ${executionId}`,
				async () =>
					FINISHED.has((execution = await api('GET', `/rest/executions/${executionId}`)).status),
				{ timeoutMs },
			);
			const data = typeof execution.data === 'string' ? parse(execution.data) : execution.data;
			const worker = workerOf(executionId);
			if (!worker)
				throw new Error(
					`execution ${executionId} of ${id} was not started by a worker (see ${descriptor.workerLogs.join(', ')})`,
				);
			const nodeError = data?.resultData?.error;
			const ok = execution.status === 'success' && !nodeError;
			const error = ok
				? undefined
				: (nodeError?.message ?? `execution ${executionId} ended ${execution.status}`);
			return {
				code: ok ? 0 : 1,
				ok,
				output: { data, executionId, worker },
				error,
				stdout: '',
				stderr: '',
			};
		},
		publish: async (id) => {
			const { versionId } = await workflow(id);
			await api('POST', `/rest/workflows/${id}/activate`, { versionId });
			active.add(id);
		},
		start: async ({ webhooks = [], probeMethod = 'GET', timeoutMs = 180000 } = {}) => {
			for (const url of webhooks) {
				await pollUntil(
					`webhook ${url} at the webhook processor`,
					async () => {
						const r = await httpAnswer(url, {
							method: probeMethod,
							headers: { 'content-type': 'application/json' },
							body: probeMethod === 'GET' ? undefined : '{}',
						});
						// 404 "…not registered for GET requests" = registered for another method.
						return r && (r.status !== 404 || /not registered for \w+ requests/i.test(r.body));
					},
					{ timeoutMs },
				);
			}
		},
		/** The cluster keeps running (it is shared): like a stopped n8n, published workflows stay published. */
		stop: async () => {},
		/** Deactivates what this instance published (the next test file shares the cluster). */
		close: async () => {
			for (const id of active) await api('POST', `/rest/workflows/${id}/deactivate`, {});
			active.clear();
		},
		webhookUrl: (webhookId, path = 'webhook') =>
			`${descriptor.webhookBase}/webhook/${webhookId}/${path}`,
		log: () =>
			descriptor.logs.map((file) => readLog(file).slice(logStart.get(file) ?? 0)).join('\n'),
		/** Which worker log shows that it started execution `id` (undefined: none). */
		workerOf,
	};
	return self;
}
