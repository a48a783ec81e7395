// A programmable HTTP server on 127.0.0.1 for unit tests: scripted answers per route and a log of
// every request exactly as received. Plain JS because tests may not import Node built-ins.
const http = require('node:http');

/**
 * @typedef {{ at: number, method: string, path: string, query: Record<string, string | string[]>, headers: Record<string, string | string[] | undefined>, body: string, json?: any, form?: Record<string, string | string[]> }} RecordedRequest
 * @typedef {{ status?: number, body?: any, headers?: Record<string, string>, chunked?: boolean, endless?: boolean } | 'reset'} Reply
 * @typedef {(req: RecordedRequest) => Reply | Promise<Reply>} Handler
 */

function multiMap(params) {
	/** @type {Record<string, string | string[]>} */
	const out = {};
	for (const [key, value] of params) {
		const prev = out[key];
		out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return out;
}

class MockServer {
	constructor() {
		/** @type {RecordedRequest[]} */
		this.requests = [];
		/** @type {Array<{ method: string, path: string | RegExp, replies: Handler[] }>} */
		this.routes = [];
		this.server = http.createServer((req, res) => this.handle(req, res));
		this.sockets = new Set();
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	/** @returns {Promise<string>} the base URL, e.g. http://127.0.0.1:40123 */
	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
		this.url = `http://127.0.0.1:${address.port}`;
		return this.url;
	}

	async close() {
		for (const socket of this.sockets) socket.destroy();
		await new Promise((resolve) => this.server.close(resolve));
	}

	/**
	 * Answers `method path` with the given replies in turn; the last one repeats.
	 * A reply is an object, a function of the request, or 'reset' to drop the connection.
	 * @param {string} method
	 * @param {string | RegExp} path path without the query string
	 * @param {...(Reply | Handler)} replies
	 */
	on(method, path, ...replies) {
		const handlers = replies.map((r) => (typeof r === 'function' ? r : () => r));
		this.routes.unshift({ method, path, replies: handlers });
		return this;
	}

	reset() {
		this.requests = [];
		this.routes = [];
	}

	/** @param {string} [method] @param {string | RegExp} [path] */
	received(method, path) {
		return this.requests.filter(
			(r) =>
				(!method || r.method === method) &&
				(!path || (typeof path === 'string' ? r.path === path : path.test(r.path))),
		);
	}

	handle(req, res) {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const url = new URL(req.url ?? '/', this.url);
			const body = Buffer.concat(chunks).toString('utf8');
			const type = String(req.headers['content-type'] ?? '');
			/** @type {RecordedRequest} */
			const recorded = {
				at: Date.now(),
				method: req.method ?? 'GET',
				path: url.pathname,
				query: multiMap(url.searchParams),
				headers: req.headers,
				body,
			};
			if (type.includes('json') && body) {
				try {
					recorded.json = JSON.parse(body);
				} catch {
					recorded.json = undefined;
				}
			}
			if (type.includes('x-www-form-urlencoded'))
				recorded.form = multiMap(new URLSearchParams(body));
			this.requests.push(recorded);
			const route = this.routes.find(
				(r) =>
					r.method === recorded.method &&
					(typeof r.path === 'string' ? r.path === recorded.path : r.path.test(recorded.path)),
			);
			if (!route) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: `No mock for ${recorded.method} ${recorded.path}` }));
				return;
			}
			const calls = this.received(recorded.method).filter((r) =>
				typeof route.path === 'string' ? r.path === route.path : route.path.test(r.path),
			).length;
			const handler = route.replies[Math.min(calls - 1, route.replies.length - 1)];
			const reply = await handler(recorded);
			if (reply === 'reset') {
				req.socket.destroy();
				return;
			}
			const status = reply.status ?? 200;
			const headers = { ...(reply.headers ?? {}) };
			let payload = '';
			if (Buffer.isBuffer(reply.body)) {
				payload = reply.body;
				headers['content-type'] ??= 'application/octet-stream';
			} else if (reply.body !== undefined) {
				payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
				headers['content-type'] ??=
					typeof reply.body === 'string' ? 'text/plain' : 'application/json';
			}
			res.writeHead(status, headers);
			// Chunked: the body goes out without a Content-Length, as a streaming server sends it;
			// endless: and never ends (until the client gives up or the server closes).
			if (reply.chunked || reply.endless) res.write(payload);
			if (reply.endless) return;
			res.end(reply.chunked ? undefined : payload);
		});
	}
}

module.exports = { MockServer };
