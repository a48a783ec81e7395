import type { IDataObject } from 'n8n-workflow';

import { roomNamePrefixFrom } from '../../Whereby/fields';
import { createMeeting, getMeeting, removeMeeting } from '../../Whereby/actions/meeting/helpers';
import type { Meeting, MeetingProvider, MeetingRequest } from '../meeting';
import { isoUtc, textOrNull } from '../meeting';

/** Whereby's `recording` for the setting: cloud recording that starts with the first participant, or none. */
const RECORDING: Record<MeetingRequest['recording'], IDataObject | undefined> = {
	providerDefault: undefined,
	on: { type: 'cloud', destination: null, startTrigger: 'automatic' },
	off: { type: 'none', destination: null, startTrigger: 'none' },
};

function toMeeting(
	answer: IDataObject,
	title: string | null,
	recording: Meeting['recording'],
): Meeting {
	return {
		meetingId: String(answer.meetingId ?? ''),
		title,
		joinUrl: textOrNull(answer.roomUrl),
		hostUrl: textOrNull(answer.hostRoomUrl),
		startDate: isoUtc(answer.startDate),
		endDate: isoUtc(answer.endDate),
		recording,
		data: answer,
	};
}

/** Whereby has no title: the title becomes the room name prefix (its letters and digits) and stays in the output. */
export const wherebyMeetings: MeetingProvider = {
	label: 'Whereby',
	async create(ctx, i, request) {
		const body: IDataObject = { endDate: request.endDate.toISO() };
		const prefix = roomNamePrefixFrom(request.title);
		if (prefix) body.roomNamePrefix = prefix;
		if (request.hostLink) body.fields = ['hostRoomUrl'];
		if (RECORDING[request.recording]) body.recording = RECORDING[request.recording];
		const meeting = toMeeting(await createMeeting(ctx, i, body), request.title, request.recording);
		return { ...meeting, startDate: isoUtc(request.startDate) ?? meeting.startDate };
	},
	async get(ctx, i, meetingId, hostLink) {
		return toMeeting(
			await getMeeting(ctx, i, meetingId, hostLink ? { fields: 'hostRoomUrl' } : {}),
			null,
			null,
		);
	},
	async end(ctx, i, meetingId) {
		await removeMeeting(ctx, i, meetingId);
	},
};
