import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';
import { deliveredText } from '../shared/webhook';

/** Whereby's webhook envelope `{ id, createdAt, type, data }` in the normalized shape (docs/events.md). */
export const eventMapping: EventMapping = {
	provider: 'whereby',
	events: {
		'room.client.joined': 'participant.joined',
		'room.client.left': 'participant.left',
		'room.session.started': 'meeting.started',
		'room.session.ended': 'meeting.ended',
		'recording.finished': 'recording.ready',
	},
	eventId: (event) => read(event, 'id'),
	meetingId: (event) => read(event, 'data', 'meetingId'),
	participant: (event) => ({
		id: read(event, 'data', 'participantId'),
		name: read(event, 'data', 'displayName'),
		externalId: read(event, 'data', 'externalId'),
	}),
	occurredAt: (event) => read(event, 'createdAt'),
};

/** A Whereby delivery: one event, output as its envelope. */
export function deliveredEvents(ctx: IWebhookFunctions) {
	const body = ctx.getBodyData() as IDataObject;
	return [{ type: deliveredText(body.type), json: body }];
}
