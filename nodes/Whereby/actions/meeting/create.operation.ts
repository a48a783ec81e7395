import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
} from 'n8n-workflow';
import { z } from 'zod';

import { collectionField, readCollection } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { check, dateTime, param } from '../../../shared/validation';
import {
	createAdditionalFields,
	liveTranscriptionField,
	recordingField,
	rtmpUrlField,
	streamingField,
} from './create.fields';
import { createMeeting } from './helpers';

/** The hint for a 400 on a create whose prefix has hyphens. */
const HYPHEN_HINT =
	"Check the fields named in Whereby's message. If it is the Room Name Prefix: Whereby's reference gives the pattern [a-z0-9]{0,39} but uses hyphens in its own examples (example-prefix), so the node sent the hyphens for Whereby to judge; remove them.";

const rtmpUrl = z
	.string()
	.trim()
	.regex(/^rtmps?:\/\/\S+$/i, 'must be an rtmp:// or rtmps:// URL including the stream key');

const endDateField: INodeProperties = {
	displayName: 'End Date',
	name: 'endDate',
	type: 'dateTime',
	required: true,
	default: '',
	placeholder: 'e.g. {{ $now.plus(1, "hour") }}',
	hint: 'Required. The room is deleted one hour after this time.',
	description:
		'When the meeting ends; the room is deleted one hour later. Must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions such as {{ $now.plus(1, "hour") }} work.',
};

/** The "Settings" group of a fixed collection in Additional Fields, as a collection to read. */
function settingsOf(group: INodeProperties): INodeProperties {
	const [settings] = group.options as INodePropertyCollection[];
	const path = collectionField(createAdditionalFields, group).name;
	return {
		...group,
		name: `${path}.${settings.name}`,
		type: 'collection',
		options: settings.values,
	};
}

const recordingSettings = settingsOf(recordingField);
const transcriptionSettings = settingsOf(liveTranscriptionField);
const streamingSettings = settingsOf(streamingField);

/** The set fields of a Settings group; undefined when the group was not added. */
function readSettings(
	ctx: IExecuteFunctions,
	i: number,
	fields: IDataObject,
	settings: INodeProperties,
): IDataObject | undefined {
	const [, group, name] = settings.name.split('.');
	if ((fields[group] as IDataObject | undefined)?.[name] === undefined) return undefined;
	return readCollection(ctx, i, settings);
}

/** `destination` of recordings and transcriptions: null means the organization's default storage. */
function destination(s: IDataObject, keys: string[]): IDataObject | null {
	if (!s.destinationProvider || s.destinationProvider === 'default') return null;
	const out: IDataObject = { provider: s.destinationProvider };
	for (const key of keys) if (s[key] !== undefined) out[key] = s[key];
	return out;
}

const S3_KEYS = ['bucket', 'authenticationType', 'accessKeyId', 'accessKeySecret', 'oidcRoleArn'];

function buildBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const fields = readCollection(ctx, i, createAdditionalFields);
	const body: IDataObject = {};
	for (const key of ['isLocked', 'roomMode', 'roomNamePattern', 'templateType', 'roomNamePrefix'])
		if (fields[key] !== undefined) body[key] = fields[key];
	if (fields.fields !== undefined) body.fields = fields.fields;
	const recording = readSettings(ctx, i, fields, recordingSettings);
	if (recording) {
		body.recording = {
			type: recording.type,
			startTrigger: recording.startTrigger,
			destination: destination(recording, [...S3_KEYS, 'fileFormat']),
		};
	}
	const transcription = readSettings(ctx, i, fields, transcriptionSettings);
	if (transcription) {
		body.liveTranscription = {
			startTrigger: transcription.startTrigger,
			language: transcription.language,
			liveCaptions: transcription.liveCaptions ?? false,
			destination: destination(transcription, [...S3_KEYS, 'region']),
		};
	}
	const streaming = readSettings(ctx, i, fields, streamingSettings);
	if (streaming) {
		const urlField = collectionField(streamingSettings, rtmpUrlField);
		const url = check(ctx, i, urlField, rtmpUrl, streaming.url ?? '');
		body.streaming = { destination: { url }, startTrigger: streaming.startTrigger ?? 'none' };
	}
	return body;
}

export const create: Operation = {
	name: 'Create',
	action: 'Create a meeting',
	description: 'Create a meeting room that stays open until one hour after its end date',
	properties: [endDateField, createAdditionalFields],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#post-meetings */
	async execute(this: IExecuteFunctions, i: number) {
		const endDate = param(this, i, endDateField, dateTime(this.getTimezone(), { future: true }));
		const body: IDataObject = { endDate: endDate.toISO(), ...buildBody(this, i) };
		const hints = String(body.roomNamePrefix ?? '').includes('-')
			? { 400: HYPHEN_HINT }
			: undefined;
		return await createMeeting(this, i, body, hints);
	},
};
