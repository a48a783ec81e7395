// Helpers shared by the sandbox provider modules (see README.md in this folder).
// A route handler gets a `ctx` and returns a response object built with the helpers below.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';

// ---- responses ---------------------------------------------------------------------------------

/** A JSON response. */
export const json = (status, body, headers = {}) => ({
	status,
	headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
	body: JSON.stringify(body),
});

/** A response without a body (204 and friends). */
export const empty = (status = 204, headers = {}) => ({ status, headers, body: '' });

/** An XML / text / any-type response. */
export const text = (status, body, contentType = 'text/plain; charset=utf-8') => ({
	status,
	headers: { 'content-type': contentType },
	body,
});

/** A JSON error response `{ error: message, ...extra }` (the common shape; providers may differ). */
export const error = (status, message, extra = {}) => json(status, { error: message, ...extra });

// ---- request bodies ----------------------------------------------------------------------------

/** The request's media type, lower case, without parameters ('' when absent). */
export const mediaType = (ctx) =>
	(ctx.headers['content-type'] || '').split(';')[0].trim().toLowerCase();

/** Parses a JSON body; returns `undefined` when the body is empty, throws `BadBody` when invalid. */
export function parseJson(ctx) {
	const raw = ctx.rawBody.toString('utf8');
	if (!raw.trim()) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		throw new BadBody('Request body is not valid JSON');
	}
}

/** Parses an application/x-www-form-urlencoded body into `{ key: value | value[] }`. */
export function parseForm(ctx) {
	return paramsToObject(new URLSearchParams(ctx.rawBody.toString('utf8')));
}

/** `URLSearchParams` → object; a repeated key becomes an array. */
export function paramsToObject(params) {
	const out = {};
	for (const [k, v] of params) {
		if (k in out) out[k] = [].concat(out[k], v);
		else out[k] = v;
	}
	return out;
}

/**
 * Parses a multipart/form-data body into `{ fields: {name: string}, files: {name: {filename,
 * contentType, data: Buffer}} }`. Throws `BadBody` when the boundary is missing.
 */
export function parseMultipart(ctx) {
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(ctx.headers['content-type'] || '');
	if (!m) throw new BadBody('multipart/form-data without boundary');
	const boundary = Buffer.from(`--${m[1] || m[2]}`);
	const body = ctx.rawBody;
	const fields = {};
	const files = {};
	let pos = body.indexOf(boundary);
	while (pos !== -1) {
		const start = pos + boundary.length;
		if (body.subarray(start, start + 2).toString() === '--') break;
		const next = body.indexOf(boundary, start);
		if (next === -1) break;
		const part = body.subarray(start + 2, next - 2); // skip CRLF after boundary and before next
		const sep = part.indexOf('\r\n\r\n');
		const head = part.subarray(0, sep).toString('utf8');
		const data = part.subarray(sep + 4);
		const name = /name="([^"]*)"/i.exec(head)?.[1];
		const filename = /filename="([^"]*)"/i.exec(head)?.[1];
		const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
		if (name !== undefined) {
			if (filename !== undefined) files[name] = { filename, contentType, data };
			else fields[name] = data.toString('utf8');
		}
		pos = next;
	}
	return { fields, files };
}

/** Thrown by the parsers; the server answers it with 400 `{ error: message }`. */
export class BadBody extends Error {}

// ---- auth --------------------------------------------------------------------------------------

/** The bearer token of the request, or undefined. */
export const bearerToken = (ctx) =>
	/^Bearer\s+(.+)$/i.exec(ctx.headers.authorization || '')?.[1]?.trim();

/** `{ user, password }` from HTTP Basic auth, or undefined. */
export function basicAuth(ctx) {
	const m = /^Basic\s+(.+)$/i.exec(ctx.headers.authorization || '');
	if (!m) return undefined;
	const decoded = Buffer.from(m[1], 'base64').toString('utf8');
	const i = decoded.indexOf(':');
	return i < 0 ? undefined : { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

// ---- ids, time, signing ------------------------------------------------------------------------

/** A random id: `id()` → uuid, `id('CF', 32)` → 'CF' + 32 hex chars. */
export const id = (prefix, hexLength) =>
	prefix === undefined
		? randomUUID()
		: prefix +
			randomBytes(Math.ceil((hexLength ?? 32) / 2))
				.toString('hex')
				.slice(0, hexLength ?? 32);

/** Current unix time in seconds. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** hex/base64 HMAC. */
export const hmac = (algorithm, secret, message, encoding = 'hex') =>
	createHmac(algorithm, secret).update(message).digest(encoding);

// ---- pagination --------------------------------------------------------------------------------

/** Reads `limit` from the query; returns a number, or an error response when outside [min, max]. */
export function readLimit(query, { name = 'limit', def = 50, min = 1, max = 100 } = {}) {
	if (query[name] === undefined || query[name] === '') return def;
	const n = Number(query[name]);
	if (!Number.isInteger(n) || n < min || n > max) {
		return error(400, `"${name}" must be an integer between ${min} and ${max}`);
	}
	return n;
}

const isResponse = (v) => typeof v === 'object' && v !== null && 'status' in v;

/**
 * Cursor pagination (Whereby style): `?cursor=&limit=` → `{ results, cursor }`; the cursor is opaque
 * (base64 of the next offset), `null` on the last page. Returns an error response on a bad limit/cursor.
 */
export function cursorPage(
	items,
	query,
	{ def = 50, max = 100, resultsKey = 'results', cursorKey = 'cursor' } = {},
) {
	const limit = readLimit(query, { def, max });
	if (isResponse(limit)) return limit;
	let offset = 0;
	if (query.cursor) {
		const m = /^o:(\d+)$/.exec(Buffer.from(String(query.cursor), 'base64url').toString('utf8'));
		if (!m) return error(400, 'Invalid cursor');
		offset = Number(m[1]);
	}
	const page = items.slice(offset, offset + limit);
	const next =
		offset + limit < items.length ? Buffer.from(`o:${offset + limit}`).toString('base64url') : null;
	return json(200, { [resultsKey]: page, [cursorKey]: next });
}

/** Offset pagination: `?offset=&limit=` → `{ data, total, offset, limit }` (override keys if needed). */
export function offsetPage(items, query, { def = 50, max = 100, keys = {} } = {}) {
	const k = { offset: 'offset', limit: 'limit', data: 'data', total: 'total', ...keys };
	const limit = readLimit(query, { name: k.limit, def, max });
	if (isResponse(limit)) return limit;
	const offset = Number(query[k.offset] ?? 0);
	if (!Number.isInteger(offset) || offset < 0)
		return error(400, `"${k.offset}" must be a non-negative integer`);
	return json(200, {
		[k.data]: items.slice(offset, offset + limit),
		[k.total]: items.length,
		[k.offset]: offset,
		[k.limit]: limit,
	});
}

/** Page-number pagination: `?page=1&pageSize=` (1-based) → `{ data, page, pageSize, total, totalPages }`. */
export function numberedPage(items, query, { def = 20, max = 100, keys = {}, firstPage = 1 } = {}) {
	const k = {
		page: 'page',
		pageSize: 'pageSize',
		data: 'data',
		total: 'total',
		totalPages: 'totalPages',
		...keys,
	};
	const size = readLimit(query, { name: k.pageSize, def, max });
	if (isResponse(size)) return size;
	const page = Number(query[k.page] ?? firstPage);
	if (!Number.isInteger(page) || page < firstPage)
		return error(400, `"${k.page}" must be an integer >= ${firstPage}`);
	const from = (page - firstPage) * size;
	return json(200, {
		[k.data]: items.slice(from, from + size),
		[k.page]: page,
		[k.pageSize]: size,
		[k.total]: items.length,
		[k.totalPages]: Math.ceil(items.length / size),
	});
}

/**
 * Next-URI pagination (Twilio style): `?PageSize=&Page=&PageToken=` → the page's slice and the
 * relative `next_page_uri` (null on the last page). Returns `{ items, meta }` for the module to
 * wrap in its own envelope, or an error response.
 */
export function nextUriPage(
	items,
	query,
	{ path, def = 50, max = 1000, sizeParam = 'PageSize', pageParam = 'Page' } = {},
) {
	const size = readLimit(query, { name: sizeParam, def, max });
	if (isResponse(size)) return size;
	const page = Number(query[pageParam] ?? 0);
	if (!Number.isInteger(page) || page < 0)
		return error(400, `"${pageParam}" must be a non-negative integer`);
	const slice = items.slice(page * size, page * size + size);
	const uri = (p) => {
		const q = new URLSearchParams({ ...query, [sizeParam]: String(size), [pageParam]: String(p) });
		return `${path}?${q}`;
	};
	const hasNext = (page + 1) * size < items.length;
	return {
		items: slice,
		meta: {
			page,
			page_size: size,
			first_page_uri: uri(0),
			uri: uri(page),
			next_page_uri: hasNext ? uri(page + 1) : null,
			previous_page_uri: page > 0 ? uri(page - 1) : null,
		},
	};
}

// ---- misc --------------------------------------------------------------------------------------

/** Keeps only the keys of `obj` that are not undefined. */
export const compact = (obj) =>
	Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));

/** Sorts a copy of `items` by a `field:asc|desc` spec; returns an error response when the field is not allowed. */
export function sortBy(items, spec, allowed) {
	if (!spec) return items;
	const [field, dir = 'asc'] = String(spec).split(':');
	if (!allowed.includes(field) || !['asc', 'desc'].includes(dir)) {
		return error(
			400,
			`Invalid sortBy "${spec}"; allowed fields: ${allowed.join(', ')} with :asc or :desc`,
		);
	}
	const sign = dir === 'desc' ? -1 : 1;
	return [...items].sort((a, b) => (a[field] > b[field] ? sign : a[field] < b[field] ? -sign : 0));
}
