import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';

/**
 * Twilio's conference status callback parameters in the normalized shape (docs/events.md). Twilio
 * gives no event id, so a delivery is known by its digest; a participant is its call, with the
 * participant label (chosen by whoever added it) as its external id.
 */
export const eventMapping: EventMapping = {
	provider: 'twilioConference',
	events: {
		'participant-join': 'participant.joined',
		'participant-leave': 'participant.left',
		'conference-start': 'meeting.started',
		'conference-end': 'meeting.ended',
	},
	meetingId: (event) => read(event, 'ConferenceSid'),
	participant: (event) => ({
		id: read(event, 'CallSid'),
		name: null,
		externalId: read(event, 'ParticipantLabel'),
	}),
	occurredAt: (event) => read(event, 'Timestamp'),
};
