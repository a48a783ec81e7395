import type { IsAuthentic } from '../shared/trigger';
import { isPlainObject } from '../shared/validation';
import { safeEqual } from '../shared/webhook';

/**
 * videochamada.com.br signs nothing: each delivery carries the webhook's secret in its body field
 * `secret`. Authentic when that equals the credential's Webhook Secret (constant time); never
 * when no secret is configured.
 */
export function hasValidSecret(body: unknown, secret: string): boolean {
	if (!secret || !isPlainObject(body)) return false;
	const received = body.secret;
	return typeof received === 'string' && safeEqual(received, secret);
}

/** Whether a delivery to the Videochamada.com.br Trigger carries the credential's Webhook Secret. */
export const isAuthentic: IsAuthentic = (ctx, credentials) =>
	hasValidSecret(ctx.getBodyData(), String(credentials.webhookSecret ?? ''));
