import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getRoom, roomLink, roomRequest, terminateRoom } from '../../Pagecall/actions/room/helpers';
import { createUser } from '../../Pagecall/actions/user/helpers';
import type { Meeting, MeetingProvider, MeetingRequest } from '../meeting';
import { isoUtc, recordingFlag, recordingOf, textOrNull } from '../meeting';

const baseUrlOf = async (ctx: IExecuteFunctions) =>
	String((await ctx.getCredentials('pagecallApi')).baseUrl ?? '');

function toMeeting(
	base: string,
	room: IDataObject,
	hostToken?: string,
): Omit<Meeting, 'startDate' | 'endDate'> {
	const roomId = String(room.id ?? '');
	return {
		meetingId: roomId,
		title: textOrNull(room.name),
		joinUrl: roomLink(base, roomId),
		hostUrl: hostToken ? roomLink(base, roomId, hostToken) : null,
		recording: recordingOf(room.record),
		data: room,
	};
}

/** Meeting time from the start (or now) to the end, in whole seconds, for `max_meeting_seconds`. */
function meetingSeconds(request: MeetingRequest): number {
	const from = request.startDate?.toMillis() ?? Date.now();
	return Math.max(1, Math.ceil((request.endDate.toMillis() - from) / 1000));
}

/**
 * Pagecall: an `open` room, so guests join with the plain room link and need no token. The host
 * link is a host member's link with its user's access token. Pagecall has no end date: the room is
 * terminated once its meeting time reaches the length from Start (or now) to End.
 */
export const pagecallMeetings: MeetingProvider = {
	label: 'Pagecall',
	async create(ctx, i, request) {
		const body: IDataObject = {
			name: request.title,
			type: 'open',
			max_meeting_seconds: meetingSeconds(request),
		};
		const record = recordingFlag(request.recording);
		if (record !== undefined) body.record = record;
		let hostToken: string | undefined;
		if (request.hostLink) {
			// The user first: if the room then fails, nothing is left but an unused user.
			const host = await createUser(ctx, i, { user_id: `n8n-host-${randomUUID()}`, name: 'Host' });
			hostToken = textOrNull(host.access_token) ?? undefined;
			if (!hostToken) {
				throw new NodeOperationError(
					ctx.getNode(),
					`Pagecall created the host user but gave no access token (item ${i}); no room was created`,
					{
						itemIndex: i,
						description:
							'The host link needs the access token of the host user. Try again, or turn Host Link off.',
					},
				);
			}
			body.members = [{ user_id: host.user_id, type: 'host' }];
		}
		const room = await roomRequest(ctx, i, { method: 'POST', path: '/rooms', body });
		return {
			...toMeeting(await baseUrlOf(ctx), room, hostToken),
			title: request.title,
			startDate: isoUtc(request.startDate),
			endDate: isoUtc(request.endDate),
			recording: recordingOf(room.record) ?? request.recording,
		};
	},
	async get(ctx, i, meetingId) {
		const room = await getRoom(ctx, i, meetingId);
		return {
			...toMeeting(await baseUrlOf(ctx), room),
			startDate: isoUtc(room.started_at),
			endDate: isoUtc(room.terminated_at),
		};
	},
	async end(ctx, i, meetingId) {
		await terminateRoom(ctx, i, meetingId);
	},
};
