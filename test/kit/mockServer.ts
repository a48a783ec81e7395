// A programmable HTTP server on 127.0.0.1 for unit tests: scripted answers per route and a log of
// every request exactly as received. Test files get one through `mockServer()` / `mockApi()` (./mockApi).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { Clock } from '../../nodes/shared/transport/retry';

export type Params = Record<string, string | string[]>;

export interface RecordedRequest {
	/** When it arrived, on the clock set as `server.clock` (the FakeClock the client runs on); else absent */
	at?: number;
	method: string;
	/** The path without the query string */
	path: string;
	query: Params;
	headers: IncomingHttpHeaders;
	body: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field of the JSON they sent
	json?: any;
	form?: Params;
}

export type Reply =
	| {
			status?: number;
			body?: unknown;
			headers?: Record<string, string>;
			/** Send the body without a Content-Length, as a streaming server does */
			chunked?: boolean;
			/** Send the head and the body, and never end (until the client gives up or the server closes) */
			endless?: boolean;
	  }
	| 'reset';

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

type Path = string | RegExp;

interface Route {
	method: string;
	path: Path;
	replies: Handler[];
}

function multiMap(params: Iterable<[string, string]>): Params {
	const out: Params = {};
	for (const [key, value] of params) {
		const prev = out[key];
		out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return out;
}

const matches = (path: Path, actual: string) =>
	typeof path === 'string' ? path === actual : path.test(actual);

export class MockServer {
	requests: RecordedRequest[] = [];

	/** The base URL once started, e.g. http://127.0.0.1:40123 */
	url = '';

	/** The clock that stamps `at` on each request (never the machine's: no test measures real time) */
	clock?: Clock;

	private routes: Route[] = [];

	private readonly sockets = new Set<Socket>();

	private readonly server = createServer((req, res) => this.handle(req, res));

	constructor() {
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	/** Listens on a free port of 127.0.0.1; returns the base URL. */
	async start(): Promise<string> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async close() {
		for (const socket of this.sockets) socket.destroy();
		await new Promise((resolve) => this.server.close(resolve));
	}

	/**
	 * Answers `method path` (a path without the query string) with the given replies in turn; the
	 * last one repeats. A reply is an object, a function of the request, or 'reset' to drop the connection.
	 */
	on(method: string, path: Path, ...replies: Array<Reply | Handler>) {
		const handlers = replies.map((r): Handler => (typeof r === 'function' ? r : () => r));
		this.routes.unshift({ method, path, replies: handlers });
		return this;
	}

	/** Forgets the requests received, the routes scripted and the clock. */
	reset() {
		this.requests = [];
		this.routes = [];
		this.clock = undefined;
	}

	/** The requests received, of `method` to `path` when given. */
	received(method?: string, path?: Path) {
		return this.requests.filter(
			(r) => (!method || r.method === method) && (!path || matches(path, r.path)),
		);
	}

	private handle(req: IncomingMessage, res: ServerResponse) {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', async () => {
			const recorded = this.record(req, Buffer.concat(chunks).toString('utf8'));
			this.requests.push(recorded);
			const route = this.routes.find(
				(r) => r.method === recorded.method && matches(r.path, recorded.path),
			);
			if (!route) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: `No mock for ${recorded.method} ${recorded.path}` }));
				return;
			}
			const calls = this.received(recorded.method, route.path).length;
			const handler = route.replies[Math.min(calls - 1, route.replies.length - 1)];
			const reply = await handler(recorded);
			if (reply === 'reset') {
				req.socket.destroy();
				return;
			}
			const headers: Record<string, string> = { ...(reply.headers ?? {}) };
			let payload: string | Buffer = '';
			if (Buffer.isBuffer(reply.body)) {
				payload = reply.body;
				headers['content-type'] ??= 'application/octet-stream';
			} else if (reply.body !== undefined) {
				payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
				headers['content-type'] ??=
					typeof reply.body === 'string' ? 'text/plain' : 'application/json';
			}
			res.writeHead(reply.status ?? 200, headers);
			if (reply.chunked || reply.endless) res.write(payload);
			if (reply.endless) return;
			res.end(reply.chunked ? undefined : payload);
		});
	}

	private record(req: IncomingMessage, body: string): RecordedRequest {
		const url = new URL(req.url ?? '/', this.url);
		const type = String(req.headers['content-type'] ?? '');
		const recorded: RecordedRequest = {
			...(this.clock ? { at: this.clock.now() } : {}),
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
		if (type.includes('x-www-form-urlencoded')) recorded.form = multiMap(new URLSearchParams(body));
		return recorded;
	}
}
