import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { Params } from './signature';

/** The form parameters exactly as Twilio sent them (repeated names kept). */
export function callbackParams(ctx: IWebhookFunctions): Params {
	const req = ctx.getRequestObject() as { rawBody?: Buffer | string; body?: unknown };
	if (req.rawBody !== undefined) return [...new URLSearchParams(req.rawBody.toString())];
	const body = (req.body ?? {}) as IDataObject;
	return Object.entries(body).flatMap(([k, v]) =>
		(Array.isArray(v) ? v : [v]).map((x) => [k, String(x)] as [string, string]),
	);
}

/** The bytes Twilio signed (rebuilt from the parsed form only if n8n kept no raw body). */
export function callbackRawBody(ctx: IWebhookFunctions): Buffer {
	const raw = (ctx.getRequestObject() as { rawBody?: Buffer | string }).rawBody;
	return Buffer.isBuffer(raw)
		? raw
		: Buffer.from(
				callbackParams(ctx)
					.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
					.join('&'),
			);
}

/**
 * The URLs Twilio may have signed: the public Production URL with the request's query string, and
 * the path n8n received on the same origin (so that the Test URL verifies too).
 */
export function signedUrls(ctx: IWebhookFunctions): string[] {
	const req = ctx.getRequestObject() as { originalUrl?: string; query?: IDataObject };
	const publicUrl = ctx.getNodeWebhookUrl('default') ?? '';
	const original = req.originalUrl ?? '';
	let query = original.includes('?') ? original.slice(original.indexOf('?')) : '';
	if (!original && req.query && Object.keys(req.query).length > 0) {
		query = `?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
	}
	const urls = [publicUrl + query];
	if (original.startsWith('/')) urls.push(new URL(publicUrl).origin + original);
	return [...new Set(urls)];
}

/**
 * The delivery as one object, named as Twilio names its parameters (a repeated name becomes a
 * list); a JSON body is output as parsed.
 */
export function callbackOutput(ctx: IWebhookFunctions): IDataObject {
	const type = String(ctx.getHeaderData()['content-type'] ?? '');
	const body = ctx.getBodyData();
	if (type.includes('json') && body && typeof body === 'object') return body;
	const out: IDataObject = {};
	for (const [k, v] of callbackParams(ctx)) {
		// Own keys only: "constructor" or "toString" in a callback are data, not Object's members.
		if (k !== '__proto__')
			out[k] = Object.hasOwn(out, k) ? ([] as string[]).concat(out[k] as string, v) : v;
	}
	return out;
}
