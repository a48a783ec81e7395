import { hmac, safeEqual, verifySignature } from '../shared/webhook';

/**
 * Meta's `X-Hub-Signature-256: sha256=<hex>`, where hex = HMAC-SHA256(webhook secret, raw body);
 * valid when equal in constant time. https://developers.facebook.com/docs/graph-api/webhooks/getting-started
 */
export function isHubSignatureValid(opts: {
	header: unknown;
	rawBody: Buffer;
	secret: string;
}): boolean {
	if (!opts.secret || typeof opts.header !== 'string') return false;
	return verifySignature({
		expected: `sha256=${hmac('sha256', opts.secret, opts.rawBody, 'hex')}`,
		received: opts.header.trim(),
	});
}

/**
 * Meta's subscription check: `hub.mode=subscribe` and `hub.verify_token` equal (constant time) to
 * the configured token; returns the `hub.challenge` to echo, or undefined to refuse.
 */
export function subscriptionChallenge(
	query: Record<string, unknown>,
	verifyToken: string,
): string | undefined {
	const hub = (query.hub ?? {}) as Record<string, unknown>;
	const read = (key: string) => query[`hub.${key}`] ?? hub[key];
	const [mode, token, challenge] = [read('mode'), read('verify_token'), read('challenge')];
	if (
		!verifyToken ||
		mode !== 'subscribe' ||
		typeof token !== 'string' ||
		typeof challenge !== 'string' ||
		challenge === ''
	) {
		return undefined;
	}
	return safeEqual(token, verifyToken) ? challenge : undefined;
}
