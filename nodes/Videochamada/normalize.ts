import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';

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
