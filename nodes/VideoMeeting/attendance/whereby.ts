import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { getMeeting } from '../../Whereby/actions/meeting/helpers';
import { roomName } from '../../Whereby/fields';
import { wherebyList } from '../../Whereby/transport';
import { check } from '../../shared/validation';
import { meetingIdField } from '../actions/meeting/fields';
import type { AttendanceSource } from './visit';
import { visit } from './visit';

const byStart = (a: IDataObject, b: IDataObject) =>
	String(a.startedAt ?? '').localeCompare(String(b.startedAt ?? ''));

/** The room of a meeting ID; a room name (/name) or room URL is taken as is, for meetings Whereby has removed. */
async function roomOf(ctx: IExecuteFunctions, i: number, meetingId: string): Promise<string> {
	const given =
		meetingId.startsWith('/') || /^https?:\/\//i.test(meetingId) ? meetingId : undefined;
	const name = given ?? (await getMeeting(ctx, i, meetingId)).roomName;
	return check(ctx, i, meetingIdField, roomName, name);
}

/**
 * Whereby insights: the room sessions of the meeting's room, then each session's participants
 * (https://docs.whereby.com/reference/whereby-rest-api-reference/insights). One participant record
 * is one visit: a participant who rejoins gets a new record.
 */
export const wherebyAttendance: AttendanceSource = {
	async visits(ctx, i, meetingId, limit) {
		const room = await roomOf(ctx, i, meetingId);
		const sessions = await wherebyList(
			ctx,
			i,
			'/insights/room-sessions',
			{ roomName: room },
			undefined,
		);
		sessions.sort(byStart);
		const participants: IDataObject[] = [];
		for (const session of sessions) {
			const left = limit === undefined ? undefined : limit - participants.length;
			if (left === 0) break;
			const qs = { roomSessionId: String(session.roomSessionId ?? ''), sortBy: 'joinedAt:asc' };
			participants.push(...(await wherebyList(ctx, i, '/insights/participants', qs, left)));
		}
		return participants.map((p) =>
			visit({
				participantId: p.participantId,
				name: p.displayName,
				externalId: p.externalId,
				joinedAt: p.joinedAt,
				leftAt: p.leftAt,
				data: p,
			}),
		);
	},
};
