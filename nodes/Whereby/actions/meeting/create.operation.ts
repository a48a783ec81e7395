import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { Operation } from '../../../shared/operations';
import { check, dateTime, param } from '../../../shared/validation';
import { HYPHEN_HINT, roomNamePrefix } from '../common';
import { createAdditionalFields } from './create.fields';
import { createMeeting } from './helpers';

const rtmpUrl = z
	.string()
	.trim()
	.regex(/^rtmps?:\/\/\S+$/i, 'must be an rtmp:// or rtmps:// URL including the stream key');

type Settings = { settings?: IDataObject };

/** `destination` of recordings and transcriptions: null means the organization's default storage. */
function destination(s: IDataObject, keys: string[]): IDataObject | null {
	if (!s.destinationProvider || s.destinationProvider === 'default') return null;
	const out: IDataObject = { provider: s.destinationProvider };
	for (const key of keys) if (s[key] !== undefined && s[key] !== '') out[key] = s[key];
	return out;
}

const S3_KEYS = ['bucket', 'authenticationType', 'accessKeyId', 'accessKeySecret', 'oidcRoleArn'];

function buildBody(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of ['isLocked', 'roomMode', 'roomNamePattern', 'templateType'] as const) {
		if (fields[key] !== undefined) body[key] = fields[key];
	}
	if (fields.roomNamePrefix) {
		body.roomNamePrefix = check(
			ctx,
			i,
			{ name: 'roomNamePrefix', displayName: 'Room Name Prefix' },
			roomNamePrefix,
			fields.roomNamePrefix,
		);
	}
	if (Array.isArray(fields.fields) && fields.fields.length > 0) body.fields = fields.fields;
	const recording = (fields.recording as Settings | undefined)?.settings;
	if (recording) {
		body.recording = {
			type: recording.type,
			startTrigger: recording.startTrigger,
			destination: destination(recording, [...S3_KEYS, 'fileFormat']),
		};
	}
	const transcription = (fields.liveTranscription as Settings | undefined)?.settings;
	if (transcription) {
		body.liveTranscription = {
			startTrigger: transcription.startTrigger,
			language: transcription.language,
			liveCaptions: transcription.liveCaptions ?? false,
			destination: destination(transcription, [...S3_KEYS, 'region']),
		};
	}
	const streaming = (fields.streaming as Settings | undefined)?.settings;
	if (streaming) {
		const url = check(
			ctx,
			i,
			{ name: 'streaming.url', displayName: 'RTMP URL' },
			rtmpUrl,
			streaming.url ?? '',
		);
		body.streaming = { destination: { url }, startTrigger: streaming.startTrigger ?? 'none' };
	}
	return body;
}

export const create: Operation = {
	name: 'Create',
	action: 'Create a meeting',
	description: 'Create a meeting room that stays open until one hour after its end date',
	properties: [
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			required: true,
			default: '',
			placeholder: 'e.g. {{ $now.plus(1, "hour") }}',
			hint: 'Required. The room is deleted one hour after this time.',
			description:
				'When the meeting ends; the room is deleted one hour later. Must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions such as {{ $now.plus(1, "hour") }} work.',
		},
		createAdditionalFields,
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#post-meetings */
	async execute(this: IExecuteFunctions, i: number) {
		const endDate = param(
			this,
			i,
			{ name: 'endDate', displayName: 'End Date' },
			dateTime(this.getTimezone(), { future: true }),
		);
		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const body: IDataObject = { endDate: endDate.toISO(), ...buildBody(this, i, fields) };
		const hints = String(body.roomNamePrefix ?? '').includes('-')
			? { 400: HYPHEN_HINT }
			: undefined;
		return await createMeeting(this, i, body, hints);
	},
};
