import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { IsAuthentic } from '../shared/trigger';
import { DELIVERY_WEBHOOK } from '../shared/trigger';
import { hmac, safeEqual, verifySignature } from '../shared/webhook';
import { callbackParams } from './normalize';

export type Params = Array<[string, string]>;

/**
 * The string Twilio signs: the full URL, then for each parameter name in code-point order the
 * name followed by its value; a repeated name contributes each distinct value, sorted.
 */
export function signedData(url: string, params: Params): string {
	const byName = new Map<string, Set<string>>();
	for (const [name, value] of params) byName.set(name, (byName.get(name) ?? new Set()).add(value));
	let data = url;
	for (const name of [...byName.keys()].sort()) {
		for (const value of [...byName.get(name)!].sort()) data += name + value;
	}
	return data;
}

/** X-Twilio-Signature: base64(HMAC-SHA1(auth token, signedData)). */
export function twilioSignature(authToken: string, url: string, params: Params): string {
	return hmac('sha1', authToken, Buffer.from(signedData(url, params), 'utf8'), 'base64');
}

const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/**
 * The URL as given plus the same URL with the default port added or removed: Twilio signs either
 * form, so its libraries accept both. String-based, because URL parsing would change the case of
 * the host and drop default ports, and Twilio signs the URL exactly as configured.
 */
export function portVariants(url: string): string[] {
	const match = /^(https?):\/\/([^/?#:]+)(?::(\d+))?(.*)$/i.exec(url);
	if (!match) return [url];
	const [, scheme, host, port, rest] = match;
	const defaultPort = DEFAULT_PORT[scheme.toLowerCase()];
	if (port === undefined) return [url, `${scheme}://${host}:${defaultPort}${rest}`];
	if (port === defaultPort) return [url, `${scheme}://${host}${rest}`];
	return [url];
}

/**
 * Twilio request validation (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * 1. form-encoded bodies: HMAC-SHA1 over URL + sorted params, keyed with the account Auth Token;
 * 2. JSON bodies: the URL carries `bodySHA256`; the signature covers the URL only, and the
 *    SHA-256 of the raw body must equal `bodySHA256`;
 * 3. the URL may be signed with or without its default port; comparison is constant time.
 */
export function isTwilioSignatureValid(opts: {
	header: unknown;
	/** The URL(s) Twilio may have requested, with their query strings */
	urls: string[];
	rawBody: Buffer;
	authToken: string;
}): boolean {
	if (!opts.authToken || typeof opts.header !== 'string' || opts.header === '') return false;
	const expected: string[] = [];
	let bodyHash: string | undefined;
	for (const url of opts.urls) {
		const query = url.includes('?')
			? new URLSearchParams(url.slice(url.indexOf('?') + 1))
			: undefined;
		const hash = query?.get('bodySHA256') ?? undefined;
		const params: Params = hash ? [] : [...new URLSearchParams(opts.rawBody.toString('utf8'))];
		if (hash) bodyHash = hash;
		for (const variant of portVariants(url))
			expected.push(twilioSignature(opts.authToken, variant, params));
	}
	if (!verifySignature({ expected, received: opts.header })) return false;
	if (bodyHash === undefined) return true;
	return safeEqual(createHash('sha256').update(opts.rawBody).digest('hex'), bodyHash.toLowerCase());
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
	const publicUrl = ctx.getNodeWebhookUrl(DELIVERY_WEBHOOK.name) ?? '';
	const original = req.originalUrl ?? '';
	let query = original.includes('?') ? original.slice(original.indexOf('?')) : '';
	if (!original && req.query && Object.keys(req.query).length > 0) {
		query = `?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
	}
	const urls = [publicUrl + query];
	if (original.startsWith('/')) urls.push(new URL(publicUrl).origin + original);
	return [...new Set(urls)];
}

/** Whether a callback to the Twilio Conference Trigger is signed with the credential's Auth Token. */
export const isAuthentic: IsAuthentic = (ctx, credentials) =>
	isTwilioSignatureValid({
		header: ctx.getHeaderData()['x-twilio-signature'],
		urls: signedUrls(ctx),
		rawBody: callbackRawBody(ctx),
		// Twilio signs with the Auth Token only; without one nothing can be proven (401).
		authToken: String(credentials.authToken ?? ''),
	});
