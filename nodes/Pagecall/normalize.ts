import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';
import { deliveredText } from '../shared/webhook';

/**
 * Pagecall's `{ action, payload }` (output as `{ action, ...payload }`) in the normalized shape
 * (docs/events.md). A participant is the room member; its user id is the one the application chose.
 */
export const eventMapping: EventMapping = {
	provider: 'pagecall',
	events: {
		sessionJoined: 'participant.joined',
		sessionLeft: 'participant.left',
	},
	meetingId: (event) => read(event, 'roomId'),
	participant: (event) => ({
		id: read(event, 'memberId'),
		name: null,
		externalId: read(event, 'userId'),
	}),
	occurredAt: (event) => read(event, 'timestamp'),
};

/** A Pagecall delivery `{ action, payload }`: one event, output as `{ action, ...payload }`. */
export function deliveredEvents(ctx: IWebhookFunctions) {
	const body = (ctx.getBodyData() ?? {}) as IDataObject;
	const payload =
		body.payload && typeof body.payload === 'object' ? (body.payload as IDataObject) : {};
	const action = deliveredText(body.action);
	return [{ type: action, json: { action, ...payload } }];
}
