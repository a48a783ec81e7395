import type { IDataObject } from 'n8n-workflow';

import { deliveredText, safeEqual } from '../shared/webhook';

const BARE: Record<string, string> = {
	created: 'call.created',
	started: 'call.started',
	ended: 'call.ended',
	joined: 'participant.joined',
	left: 'participant.left',
	reconnected: 'participant.reconnected',
	disconnected: 'participant.disconnected',
};

/**
 * The event name in the contract's dotted form. The docs also show `participant_joined`,
 * `call_started` and a bare `disconnected` for the same events.
 */
export function normalizeEvent(name: unknown): string {
	const text = deliveredText(name).trim().toLowerCase().replace(/_/g, '.');
	return Object.hasOwn(BARE, text) ? BARE[text] : text;
}

/**
 * videochamada.com.br signs nothing: each delivery carries the webhook's secret in its body field
 * `secret`. Authentic when that equals the credential's Webhook Secret (constant time); never
 * when no secret is configured.
 */
export function hasValidSecret(body: unknown, secret: string): boolean {
	if (!secret || !body || typeof body !== 'object' || Array.isArray(body)) return false;
	const received = (body as IDataObject).secret;
	return typeof received === 'string' && safeEqual(received, secret);
}

/** The delivery without its `secret`, so the secret never reaches a workflow's data. */
export function withoutSecret(body: IDataObject): IDataObject {
	const copy = { ...body };
	delete copy.secret;
	return copy;
}
