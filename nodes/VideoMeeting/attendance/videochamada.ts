import type { IDataObject } from 'n8n-workflow';

import { callParticipants } from '../../Videochamada/actions/call/helpers';
import type { AttendanceSource, Visit } from './visit';
import { visit } from './visit';

const JOINED = new Set([
	'participant_joined',
	'participant.joined',
	'participant_reconnected',
	'participant.reconnected',
]);
const LEFT = new Set([
	'participant_left',
	'participant.left',
	'participant_disconnected',
	'participant.disconnected',
]);

interface Span {
	joinedAt: unknown;
	leftAt: unknown;
}

/** The join → leave spans of a participant's events, in time order; an unclosed span has no leftAt. */
function spansOf(events: unknown): Span[] {
	const list = (Array.isArray(events) ? events : []) as IDataObject[];
	const ordered = list
		.filter((e) => typeof e?.timestamp === 'string')
		.sort((a, b) => Date.parse(String(a.timestamp)) - Date.parse(String(b.timestamp)));
	const spans: Span[] = [];
	let open: Span | undefined;
	for (const event of ordered) {
		const type = String(event.type ?? '');
		if (JOINED.has(type) && !open) {
			open = { joinedAt: event.timestamp, leftAt: null };
			spans.push(open);
		} else if (LEFT.has(type) && open) {
			open.leftAt = event.timestamp;
			open = undefined;
		}
	}
	return spans;
}

/**
 * videochamada.com.br: the participants of a call with their join/leave events
 * (https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-participantes-chamada).
 * Each join → leave pair of events is one visit (a reconnect after a disconnect starts a new one);
 * a participant without events is one visit from joinedAt to leftAt.
 */
export const videochamadaAttendance: AttendanceSource = {
	async visits(ctx, i, meetingId, limit) {
		const visits: Visit[] = [];
		for (const p of await callParticipants(ctx, i, meetingId)) {
			const spans = spansOf(p.events);
			const times =
				spans.length > 0 ? spans : [{ joinedAt: p.joinedAt ?? p.firstSeen, leftAt: p.leftAt }];
			for (const span of times) {
				visits.push(
					visit({
						participantId: p.sessionId,
						name: p.username,
						externalId: null,
						...span,
						data: p,
					}),
				);
			}
		}
		return limit === undefined ? visits : visits.slice(0, limit);
	},
};
