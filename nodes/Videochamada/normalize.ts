import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';
import { deliveredText } from '../shared/webhook';

/**
 * videochamada.com.br's `{ event, call, data, timestamp }` in the normalized shape (docs/events.md).
 * Reconnections and lost connections are `other`: the participant may still be in the call.
 */
export const eventMapping: EventMapping = {
	provider: 'videochamada',
	events: {
		'participant.joined': 'participant.joined',
		'participant.left': 'participant.left',
		'call.started': 'meeting.started',
		'call.ended': 'meeting.ended',
	},
	meetingId: (event) => read(event, 'call', 'id'),
	participant: (event) => ({
		id: read(event, 'data', 'sessionId') ?? read(event, 'data', 'participantId'),
		name: read(event, 'data', 'username') ?? read(event, 'data', 'name'),
		externalId: null,
	}),
	occurredAt: (event) => read(event, 'timestamp'),
};

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
export function eventName(name: unknown): string {
	const text = deliveredText(name).trim().toLowerCase().replace(/_/g, '.');
	return Object.hasOwn(BARE, text) ? BARE[text] : text;
}

/** The delivery without its `secret`, so the secret never reaches a workflow's data. */
export function withoutSecret(body: IDataObject): IDataObject {
	const copy = { ...body };
	delete copy.secret;
	return copy;
}

/** A delivery: one event, output without the secret. */
export function deliveredEvents(ctx: IWebhookFunctions) {
	const body = ctx.getBodyData() as IDataObject;
	return [{ type: eventName(body.event), json: withoutSecret(body) }];
}
