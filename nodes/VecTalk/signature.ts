import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { IsAuthentic } from '../shared/trigger';
import { answer, hmac, rawBody, safeEqual, verifySignature } from '../shared/webhook';

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

/** Whether a delivery to the VecTalk Trigger is signed with the credential's Webhook Secret. */
export const isAuthentic: IsAuthentic = (ctx, credentials) =>
	isHubSignatureValid({
		header: ctx.getHeaderData()['x-hub-signature-256'],
		rawBody: rawBody(ctx),
		secret: String(credentials.webhookSecret ?? ''),
	});

/** The answer to the subscription check (the GET `setup` webhook): the challenge as plain text, or 403. */
export async function answerSubscription(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credentials = await ctx.getCredentials('vecTalkApi');
	const challenge = subscriptionChallenge(
		ctx.getQueryData() as Record<string, unknown>,
		String(credentials.verifyToken ?? ''),
	);
	if (challenge === undefined)
		return answer(ctx, 403, { message: 'Forbidden: hub.verify_token does not match' });
	// Plain text, so the echoed challenge can never be rendered as markup.
	ctx.getResponseObject().status(200).type('text/plain').send(challenge);
	return { noWebhookResponse: true };
}
