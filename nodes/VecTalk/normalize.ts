import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';

/**
 * One WhatsApp call event (as callEvents() outputs it) in the normalized shape (docs/events.md). A
 * call is the meeting: `connect` starts it, `terminate` ends it; the participant is the WhatsApp
 * user on the other end.
 */
export const eventMapping: EventMapping = {
	provider: 'vecTalk',
	events: {
		connect: 'meeting.started',
		terminate: 'meeting.ended',
	},
	meetingId: (event) => read(event, 'id'),
	participant: (event) => ({
		id:
			read(event, 'contact', 'wa_id') ??
			read(event, read(event, 'direction') === 'BUSINESS_INITIATED' ? 'to' : 'from'),
		name: read(event, 'contact', 'profile', 'name'),
		externalId: null,
	}),
	occurredAt: (event) => read(event, 'timestamp'),
};
