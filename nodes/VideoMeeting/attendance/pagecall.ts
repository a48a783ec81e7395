import { pagecall, sessionPaging } from '../../Pagecall/transport';
import { apiPath } from '../../shared/transport/client';
import { collect } from '../../shared/transport/paginate';
import type { AttendanceSource } from './visit';
import { visit } from './visit';

/**
 * Pagecall: each session is one connection of a user to the room
 * (https://docs.pagecall.com/references/endpoints/List_Room_Sessions). Sessions carry no display
 * name; the user ID is the one the app gave the user, so it is the external ID.
 */
export const pagecallAttendance: AttendanceSource = {
	async visits(ctx, i, meetingId, limit) {
		const request = {
			method: 'GET' as const,
			path: apiPath`/rooms/${meetingId}/sessions`,
			subject: `room "${meetingId}"`,
		};
		const sessions = await collect(pagecall, ctx, i, request, sessionPaging, limit);
		return sessions.map((s) =>
			visit({
				participantId: s.member_id ?? s.user_id,
				name: null,
				externalId: s.user_id,
				joinedAt: s.connected_at,
				leftAt: s.disconnected_at,
				data: s,
			}),
		);
	},
};
