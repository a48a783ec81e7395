// The provider sandbox: one local HTTP server that behaves like each provider's documented API.
// Library: `const sb = await startSandbox({ port: 0 })`. CLI: `node e2e/sandbox/server.mjs --port 5680`.
// Provider modules are loaded from ./providers/*.mjs; their interface is documented in README.md.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { BadBody, error, json, empty, nowSeconds } from './lib.mjs';
import { storageAnswer } from './storage.mjs';

const PROVIDERS_DIR = fileURLToPath(new URL('./providers/', import.meta.url));

/** Imports every provider module in ./providers (sorted by file name). */
export async function loadProviders() {
	const files = readdirSync(PROVIDERS_DIR)
		.filter((f) => f.endsWith('.mjs'))
		.sort();
	const mods = [];
	for (const f of files) {
		const mod = (await import(pathToFileURL(PROVIDERS_DIR + f).href)).default;
		if (!mod?.name || !mod?.prefix || !mod?.routes)
			throw new Error(`sandbox provider ${f}: missing name/prefix/routes`);
		mods.push({ ...mod, compiled: compileRoutes(mod.routes) });
	}
	return mods;
}

/** 'GET /meetings/:meetingId' → { method, regex, names, handler } */
function compileRoutes(routes) {
	return Object.entries(routes).map(([key, handler]) => {
		const [method, pattern] = key.split(/\s+/);
		const names = [];
		const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, n) => {
			names.push(n);
			return '([^/]+)';
		});
		return { method: method.toUpperCase(), regex: new RegExp(`^${source}/?$`), names, handler };
	});
}

const readBody = (req) =>
	new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});

function sendResponse(res, r) {
	const body = r.body === undefined || r.body === null ? '' : r.body;
	res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(body) });
	res.end(body);
}

/** An HTTP server on `host:port` whose requests go to `handler`; an unexpected failure answers 500. */
async function listen(handler, port, host) {
	const server = createServer((req, res) => {
		handler(req, res).catch((e) => {
			console.error('sandbox error', e);
			if (!res.headersSent) sendResponse(res, error(500, String(e)));
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	return server;
}

/** Wall-clock milliseconds with sub-millisecond resolution (for the request log's timings). */
const preciseNow = () => performance.timeOrigin + performance.now();

const DEFAULT_CONFIG = {
	latencyMs: 0,
	rateLimitPerSecond: 0,
	failNext: null,
	resetConnectionNext: 0,
};

/**
 * Starts the sandbox. Returns `{ url, port, providers, requests, close(), reset(), configure(opts),
 * deliver(opts) }`. `requests` is the live request log (cleared in place by reset()).
 */
export async function startSandbox({
	port = 0,
	host = '127.0.0.1',
	latencyMs = 0,
	quiet = true,
} = {}) {
	const providers = await loadProviders();
	const requests = [];
	const states = new Map();
	let config = { ...DEFAULT_CONFIG, latencyMs };
	let hits = [];
	let seq = 0;
	let baseUrl = '';
	let storageUrl = '';

	const seedAll = () => providers.forEach((p) => states.set(p.name, p.seed ? p.seed() : {}));
	seedAll();

	function reset() {
		requests.length = 0;
		config = { ...DEFAULT_CONFIG, latencyMs };
		hits = [];
		seedAll();
	}

	function configure(opts = {}) {
		for (const key of Object.keys(opts)) {
			if (!(key in DEFAULT_CONFIG)) throw new BadBody(`unknown config key "${key}"`);
		}
		// failNext: one failure spec or a list of them; each is consumed `count` times (default 1).
		if (opts.failNext)
			opts = { ...opts, failNext: [].concat(opts.failNext).map((f) => ({ count: 1, ...f })) };
		config = { ...config, ...opts };
		return config;
	}

	async function deliver({
		provider,
		url,
		event,
		data,
		payload,
		secret,
		forged = false,
		stale = false,
		timestamp,
	}) {
		const p = providers.find((m) => m.name === provider);
		if (!p?.webhook) throw new BadBody(`provider "${provider}" has no webhook signer`);
		if (!url) throw new BadBody('"url" is required');
		const state = states.get(p.name);
		const body = payload ?? p.webhook.event(event, data ?? {}, state);
		const signed = p.webhook.sign({
			payload: body,
			url,
			state,
			secret: forged ? `${secret ?? ''}-forged` : secret,
			timestamp: timestamp ?? (stale ? nowSeconds() - 3600 : nowSeconds()),
		});
		const res = await fetch(url, {
			method: 'POST',
			headers: signed.headers,
			body: signed.body,
			signal: AbortSignal.timeout(30000),
		});
		return {
			status: res.status,
			body: await res.text(),
			sent: { headers: signed.headers, body: signed.body },
		};
	}

	async function control(req, res, path, rawBody) {
		const url = new URL(req.url, 'http://x');
		const input = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
		if (req.method === 'GET' && path === '/_sandbox/requests') {
			const provider = url.searchParams.get('provider');
			const since = Number(url.searchParams.get('since') ?? 0);
			return json(
				200,
				requests.filter((r) => (!provider || r.provider === provider) && r.seq > since),
			);
		}
		if (req.method === 'GET' && path === '/_sandbox/providers') {
			return json(
				200,
				providers.map((p) => ({
					name: p.name,
					prefix: p.prefix,
					baseUrl: baseUrl + p.prefix,
					tokens: p.tokens,
					credentialType: p.credentialType,
					credentials: p.credentials?.(baseUrl + p.prefix),
				})),
			);
		}
		if (req.method === 'POST' && path === '/_sandbox/reset') return (reset(), empty(204));
		if (req.method === 'POST' && path === '/_sandbox/config') return json(200, configure(input));
		if (req.method === 'POST' && path === '/_sandbox/deliver')
			return json(200, await deliver(input));
		return error(404, `unknown sandbox control ${req.method} ${path}`);
	}

	/** Adds a request to the log; its status and respondedAt are filled in when answered. */
	function logRequest(req, res, url, rawBody, receivedAt, provider) {
		const entry = {
			seq: ++seq,
			time: new Date().toISOString(),
			provider,
			method: req.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			rawQuery: url.search,
			headers: req.headers,
			body: rawBody.toString('utf8'),
			status: null,
			receivedAt,
			respondedAt: null,
		};
		requests.push(entry);
		res.once('finish', () => (entry.respondedAt = preciseNow()));
		return entry;
	}

	/** The storage behind pre-signed links (its own origin); logged as provider "storage". */
	async function handleStorage(req, res) {
		const receivedAt = preciseNow();
		const url = new URL(req.url, 'http://x');
		const rawBody = await readBody(req);
		const entry = logRequest(req, res, url, rawBody, receivedAt, 'storage');
		if (config.latencyMs) await sleep(config.latencyMs);
		const r =
			injectedFailure(url) ??
			storageAnswer({
				method: req.method,
				path: url.pathname,
				query: entry.query,
				headers: req.headers,
			});
		entry.status = r.status;
		sendResponse(res, r);
	}

	/** The next `failNext` answer that matches this request, if any (consumed). */
	function injectedFailure(url) {
		const fail = (config.failNext ?? []).find(
			(f) => f.count > 0 && (!f.match || url.pathname.includes(f.match)),
		);
		if (!fail) return undefined;
		fail.count--;
		const body =
			typeof fail.body === 'string'
				? fail.body
				: JSON.stringify(fail.body ?? { error: `injected ${fail.status}` });
		return {
			status: fail.status,
			headers: { 'content-type': 'application/json', ...fail.headers },
			body,
		};
	}

	async function handle(req, res) {
		const receivedAt = preciseNow();
		const url = new URL(req.url, 'http://x');
		const rawBody = await readBody(req);
		const path = url.pathname;
		if (path.startsWith('/_sandbox/')) {
			try {
				return sendResponse(res, await control(req, res, path, rawBody));
			} catch (e) {
				return sendResponse(
					res,
					error(e instanceof BadBody || e instanceof SyntaxError ? 400 : 500, e.message),
				);
			}
		}
		const provider = providers.find((p) => path === p.prefix || path.startsWith(p.prefix + '/'));
		const probe = path.startsWith('/_probe/');
		const entry = logRequest(
			req,
			res,
			url,
			rawBody,
			receivedAt,
			probe ? 'probe' : (provider?.name ?? null),
		);
		if (probe) return ((entry.status = 200), sendResponse(res, json(200, { ok: true })));
		if (config.latencyMs) await sleep(config.latencyMs);

		if (config.resetConnectionNext > 0) {
			config.resetConnectionNext--;
			entry.status = 'reset';
			return req.socket.destroy();
		}
		const r = await respond(provider, req, url, rawBody);
		entry.status = r.status;
		if (!quiet) console.log(`${req.method} ${path} → ${r.status}`);
		sendResponse(res, r);
	}

	async function respond(provider, req, url, rawBody) {
		if (config.rateLimitPerSecond > 0) {
			const now = Date.now();
			hits = hits.filter((t) => now - t < 1000);
			if (hits.length >= config.rateLimitPerSecond) {
				const retryAfter = 1;
				return (
					provider?.tooManyRequests?.(retryAfter) ??
					json(429, { error: 'Too many requests' }, { 'retry-after': String(retryAfter) })
				);
			}
			hits.push(now);
		}
		const fail = injectedFailure(url);
		if (fail) return fail;
		if (!provider) return error(404, `no sandbox provider mounted at ${url.pathname}`);
		const sub = url.pathname.slice(provider.prefix.length) || '/';
		const ctx = {
			method: req.method,
			path: sub,
			params: {},
			query: Object.fromEntries(url.searchParams),
			searchParams: url.searchParams,
			headers: req.headers,
			rawBody,
			state: states.get(provider.name),
			baseUrl: baseUrl + provider.prefix,
			origin: baseUrl,
			storageUrl,
		};
		try {
			const denied = provider.authenticate?.(ctx);
			if (denied) return denied;
			for (const route of provider.compiled) {
				const m = route.regex.exec(sub);
				if (!m) continue;
				if (route.method !== req.method) continue;
				route.names.forEach((n, i) => (ctx.params[n] = decodeURIComponent(m[i + 1])));
				return (await route.handler(ctx)) ?? empty(204);
			}
			return provider.notFound?.(ctx) ?? error(404, `Not found: ${req.method} ${sub}`);
		} catch (e) {
			if (e instanceof BadBody) return provider.badRequest?.(e.message) ?? error(400, e.message);
			console.error('sandbox handler error', e);
			return error(500, String(e?.message ?? e));
		}
	}

	const server = await listen(handle, port, host);
	const actualPort = server.address().port;
	baseUrl = `http://${host}:${actualPort}`;
	const storage = await listen(handleStorage, 0, host);
	storageUrl = `http://${host}:${storage.address().port}`;
	const stop = (srv) =>
		new Promise((resolve) => {
			srv.closeAllConnections?.();
			srv.close(() => resolve());
		});

	return {
		url: baseUrl,
		port: actualPort,
		/** The storage that pre-signed download links point to: another origin than every provider API */
		storageUrl,
		providers: providers.map(({ name, prefix, tokens, credentialType, credentials }) => ({
			name,
			prefix,
			tokens,
			credentialType,
			baseUrl: baseUrl + prefix,
			credentials: credentials?.(baseUrl + prefix),
		})),
		requests,
		/** The live state of one provider (e.g. to seed bulk data for the bench); re-created by reset(). */
		state: (name) => states.get(name),
		reset,
		configure,
		deliver,
		close: async () => {
			await Promise.all([stop(server), stop(storage)]);
		},
	};
}

// ---- CLI ---------------------------------------------------------------------------------------
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const arg = (name, def) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : def;
	};
	const sb = await startSandbox({
		port: Number(arg('port', process.env.SANDBOX_PORT ?? 5680)),
		latencyMs: Number(arg('latency', 0)),
		quiet: !process.argv.includes('--verbose'),
	});
	console.log(`Provider sandbox listening on ${sb.url}`);
	for (const p of sb.providers)
		console.log(`  ${p.name.padEnd(13)} ${p.baseUrl}   token: ${p.tokens?.[0] ?? '-'}`);
	console.log(`  storage (pre-signed download links): ${sb.storageUrl}`);
	console.log(
		`  control: GET ${sb.url}/_sandbox/requests, POST /_sandbox/reset, /_sandbox/config, /_sandbox/deliver`,
	);
	const stop = () => sb.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
