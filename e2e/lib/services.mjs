// Redis and PostgreSQL for n8n's queue mode, from Debian's packages: installed when missing
// (apt-get, idempotent), each started on a free 127.0.0.1 port with its data in a temporary folder,
// and stopped (data deleted) afterwards. No Docker, no system service, nothing on a fixed port.
// `node e2e/lib/services.mjs install` only installs the packages (a CI set-up step).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, run } from './n8n.mjs';

const defaultLog = (m) => console.log(`[services] ${m}`);
const PG_ROOT = '/usr/lib/postgresql';
/** PostgreSQL refuses to run as root: as root, its processes run as Debian's `postgres` user. */
const PG_USER = 'postgres';
const isRoot = () => process.getuid?.() === 0;

/** The newest installed PostgreSQL's bin folder (Debian keeps them in /usr/lib/postgresql/<major>/bin), or null. */
export function postgresBin() {
	if (!existsSync(PG_ROOT)) return null;
	const majors = readdirSync(PG_ROOT)
		.filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? join(PG_ROOT, majors[0], 'bin') : null;
}

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/**
 * Installs `redis-server` and `postgresql` from Debian's packages unless both are already there.
 * Waits for another apt/dpkg run to finish (the machine is shared) instead of failing.
 */
export async function ensureServicePackages({ log = defaultLog } = {}) {
	const missing = [
		!onPath('redis-server') && 'redis-server',
		!postgresBin() && 'postgresql',
	].filter(Boolean);
	if (!missing.length) return;
	if (!isRoot())
		throw new Error(
			`${missing.join(' and ')} missing: install them (sudo apt-get install -y ${missing.join(' ')})`,
		);
	log(`installing ${missing.join(', ')} from Debian's packages (apt-get)`);
	const apt = async (args) => {
		const res = await run('apt-get', ['-o', 'DPkg::Lock::Timeout=900', ...args], {
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			timeoutMs: 20 * 60000,
		});
		if (res.code !== 0)
			throw new Error(
				`apt-get ${args.join(' ')} failed (exit ${res.code}):\n${res.stderr.slice(-2000)}`,
			);
	};
	await apt(['update', '-qq']);
	await apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
	if (!onPath('redis-server') || !postgresBin())
		throw new Error('apt-get finished but redis-server or PostgreSQL is still missing');
}

/** A fresh temporary folder; as root, owned by `owner` so a service running as that user can write it. */
function tempFolder(prefix, owner) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	if (owner && isRoot()) {
		const ids = spawnSync('id', ['-u', owner]).stdout.toString().trim();
		const gid = spawnSync('id', ['-g', owner]).stdout.toString().trim();
		chownSync(dir, Number(ids), Number(gid));
		chmodSync(dir, 0o700);
	}
	return dir;
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port and answers `probe` as `ok` says. */
function answers(port, probe, ok) {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		let data = '';
		const done = (v) => (socket.destroy(), resolve(v));
		socket.setTimeout(2000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('connect', () => (probe ? socket.write(probe) : done(true)));
		socket.on('data', (d) => ((data += d), ok(data) && done(true)));
	});
}

async function waitUntil(what, check, { timeoutMs = 60000, exited } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited?.()) throw new Error(`${what} exited while starting`);
		if (await check()) return;
		if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms`);
		await sleep(200);
	}
}

/** Runs a command as `user` when we are root (runuser), else as ourselves. */
const asUser = (user, cmd, args) =>
	isRoot() ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args];

/**
 * Starts a Redis on a free port with its data in a temporary folder (no snapshots).
 * Returns `{ host, port, stop() }`; `stop()` ends it and deletes the folder.
 */
export async function startRedis({ log = defaultLog } = {}) {
	const dir = tempFolder('vm-redis-');
	const port = await freePort();
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--logfile',
			join(dir, 'redis.log'),
		],
		{ stdio: 'ignore' },
	);
	let exitCode;
	const exited = new Promise((r) => child.on('exit', (code) => ((exitCode = code ?? 1), r())));
	const kill = () => child.kill('SIGKILL');
	process.once('exit', kill);
	const stop = async () => {
		process.off('exit', kill);
		if (exitCode === undefined) {
			child.kill('SIGTERM');
			const timer = setTimeout(kill, 10000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitUntil(
			`redis-server on port ${port}`,
			() => answers(port, 'PING\r\n', (d) => d.includes('+PONG')),
			{ exited: () => exitCode !== undefined },
		);
	} catch (error) {
		await stop();
		throw error;
	}
	log(`redis-server on 127.0.0.1:${port} (data in ${dir})`);
	return { host: '127.0.0.1', port, stop };
}

/**
 * Starts a PostgreSQL cluster (initdb, trust authentication on 127.0.0.1 only, durability off: test
 * data) on a free port in a temporary folder. Returns `{ host, port, user, createDatabase(name), stop() }`;
 * `stop()` ends it (pg_ctl stop -m fast) and deletes the folder.
 */
export async function startPostgres({ log = defaultLog } = {}) {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed: call ensureServicePackages() first');
	const owner = isRoot() ? PG_USER : undefined;
	const root = tempFolder('vm-postgres-', owner);
	const data = join(root, 'data');
	const port = await freePort();
	const user = 'n8n';
	const step = async (what, cmd, args) => {
		const [c, a] = asUser(owner, join(bin, cmd), args);
		const res = await run(c, a, { cwd: root, timeoutMs: 120000 });
		if (res.code !== 0)
			throw new Error(`${what} failed (exit ${res.code}):\n${res.stdout}\n${res.stderr}`);
		return res;
	};
	const pgCtl = (args) => step(`pg_ctl ${args[0]}`, 'pg_ctl', ['-D', data, ...args]);
	let started = false;
	const stopSync = () =>
		started &&
		spawnSync(...asUser(owner, join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'immediate']));
	process.once('exit', stopSync);
	const stop = async () => {
		process.off('exit', stopSync);
		if (started) {
			started = false;
			await pgCtl(['stop', '-m', 'fast', '-w']).catch((e) => log(`pg_ctl stop: ${e.message}`));
		}
		rmSync(root, { recursive: true, force: true });
	};
	try {
		await step('initdb', 'initdb', [
			'-D',
			data,
			'-U',
			user,
			'--auth=trust',
			'-E',
			'UTF8',
			'--no-sync',
			'--no-instructions',
		]);
		const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
		started = true;
		await pgCtl(['start', '-w', '-t', '120', '-l', join(root, 'postgres.log'), '-o', options]);
		await waitUntil(`postgres on port ${port}`, () => answers(port, null, () => true));
	} catch (error) {
		await stop();
		throw error;
	}
	log(`postgres on 127.0.0.1:${port} (data in ${data})`);
	return {
		host: '127.0.0.1',
		port,
		user,
		/** Creates a database (one per n8n set-up keeps test files apart). */
		createDatabase: async (name) => {
			const res = await run(
				join(bin, 'psql'),
				[
					'-h',
					'127.0.0.1',
					'-p',
					String(port),
					'-U',
					user,
					'-d',
					'postgres',
					'-v',
					'ON_ERROR_STOP=1',
					'-c',
					`CREATE DATABASE "${name}"`,
				],
				{ timeoutMs: 60000 },
			);
			if (res.code !== 0) throw new Error(`CREATE DATABASE ${name} failed: ${res.stderr}`);
			return name;
		},
		stop,
	};
}

/** Starts both services (installing the packages first when missing). `{ redis, postgres, stop() }`. */
export async function startServices({ log = defaultLog } = {}) {
	await ensureServicePackages({ log });
	const [redis, postgres] = await Promise.allSettled([startRedis({ log }), startPostgres({ log })]);
	const started = [redis, postgres].filter((r) => r.status === 'fulfilled').map((r) => r.value);
	const stop = () => Promise.all(started.map((s) => s.stop()));
	const failed = [redis, postgres].find((r) => r.status === 'rejected');
	if (failed) {
		await stop();
		throw failed.reason;
	}
	return { redis: redis.value, postgres: postgres.value, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'install')
	await ensureServicePackages();
