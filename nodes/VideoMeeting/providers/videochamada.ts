import { NodeOperationError } from 'n8n-workflow';

import { callStatus, createCall } from '../../Videochamada/actions/call/helpers';
import type { MeetingProvider } from '../meeting';
import { isoUtc, recordingFlag, textOrNull } from '../meeting';

/** videochamada.com.br: the End is the link's expiry; there is no host link and no documented way to end a call. */
export const videochamadaMeetings: MeetingProvider = {
	label: 'videochamada.com.br',
	async create(ctx, i, request) {
		const { title, endDate, recording } = request;
		const answer = await createCall(ctx, i, {
			title,
			expiresAt: endDate,
			recording: recordingFlag(recording),
		});
		return {
			meetingId: String(answer.id ?? ''),
			title,
			joinUrl: textOrNull(answer.url),
			hostUrl: null,
			startDate: isoUtc(request.startDate),
			endDate: isoUtc(answer.expiresAt) ?? isoUtc(endDate),
			recording,
			data: answer,
		};
	},
	/** The status endpoint is the only documented read of one call: it has no title, link or expiry. */
	async get(ctx, i, meetingId) {
		const answer = await callStatus(ctx, i, meetingId);
		return {
			meetingId: textOrNull(answer.callId) ?? meetingId,
			title: null,
			joinUrl: null,
			hostUrl: null,
			startDate: isoUtc(answer.started),
			endDate: null,
			recording: null,
			data: answer,
		};
	},
	async end(ctx, i) {
		throw new NodeOperationError(
			ctx.getNode(),
			`videochamada.com.br has no documented way to end a call (item ${i}); nothing was sent`,
			{
				itemIndex: i,
				description:
					'A videochamada.com.br link stops working at the End set when it was created (its expiry). Create links with the End you need instead.',
			},
		);
	},
};
