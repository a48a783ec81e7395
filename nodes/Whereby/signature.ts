import type { IsAuthentic } from '../shared/trigger';
import { finiteNumber, triggerOption } from '../shared/triggerOptions';
import { hmac, rawBody, verifySignature } from '../shared/webhook';

/** How old (seconds) a signed delivery may be by default: the Tolerance (Seconds) option's default. */
export const TOLERANCE_SECONDS = 300;

/** Whether a delivery to the Whereby Trigger is signed with the credential's Webhook Secret, recently enough. */
export const isAuthentic: IsAuthentic = (ctx, credentials) =>
	isWherebySignatureValid({
		header: ctx.getHeaderData()['whereby-signature'],
		rawBody: rawBody(ctx),
		secret: String(credentials.webhookSecret ?? ''),
		toleranceSeconds: triggerOption(ctx, 'toleranceSeconds', finiteNumber, TOLERANCE_SECONDS),
	});

/**
 * Whereby-Signature: `t=<unix seconds>,v1=<hex>`, where hex = HMAC-SHA256(webhook secret,
 * `<t>.<raw body>`); valid when equal (constant time) and `t` is within the tolerance.
 * https://docs.whereby.com/monitoring-usage/webhooks
 */
export function isWherebySignatureValid(opts: {
	header: unknown;
	rawBody: Buffer;
	secret: string;
	toleranceSeconds: number;
	now?: number;
}): boolean {
	if (!opts.secret || typeof opts.header !== 'string') return false;
	const parts = new Map(
		opts.header.split(',').map((part) => {
			const at = part.indexOf('=');
			return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as [string, string];
		}),
	);
	const t = parts.get('t') ?? '';
	if (!/^\d+$/.test(t)) return false;
	const signed = Buffer.concat([Buffer.from(`${t}.`, 'utf8'), opts.rawBody]);
	return verifySignature({
		expected: hmac('sha256', opts.secret, signed, 'hex'),
		received: parts.get('v1'),
		timestamp: Number(t),
		toleranceSeconds: opts.toleranceSeconds,
		now: opts.now,
	});
}
