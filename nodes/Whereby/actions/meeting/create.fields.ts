import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { roomNamePrefix } from '../../fields';
import { urlFieldOptions } from './fields';

const destinationFields = (what: string): INodeProperties[] => [
	{
		displayName: 'Storage',
		name: 'destinationProvider',
		type: 'options',
		options: [
			{
				name: 'Organization Default',
				value: 'default',
				description: 'Use the storage set in the Whereby dashboard',
			},
			{ name: 'Whereby', value: 'whereby', description: `Whereby stores the ${what}` },
			{ name: 'Amazon S3', value: 's3', description: `Your own S3 bucket stores the ${what}` },
		],
		default: 'default',
	},
	{
		displayName: 'S3 Bucket',
		name: 'bucket',
		type: 'string',
		default: '',
		placeholder: 'e.g. my-bucket/recordings',
		description: 'Bucket name, optionally with a folder',
		displayOptions: { show: { destinationProvider: ['s3'] } },
	},
	{
		displayName: 'S3 Authentication',
		name: 'authenticationType',
		type: 'options',
		options: [
			{ name: 'Access Key', value: 'accessKey' },
			{ name: 'Role Based (OIDC)', value: 'roleBased' },
		],
		default: 'accessKey',
		displayOptions: { show: { destinationProvider: ['s3'] } },
	},
	{
		displayName: 'S3 Access Key ID',
		name: 'accessKeyId',
		type: 'string',
		default: '',
		displayOptions: { show: { destinationProvider: ['s3'], authenticationType: ['accessKey'] } },
	},
	{
		displayName: 'S3 Access Key Secret',
		name: 'accessKeySecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { destinationProvider: ['s3'], authenticationType: ['accessKey'] } },
	},
	{
		displayName: 'OIDC Role ARN',
		name: 'oidcRoleArn',
		type: 'string',
		default: '',
		placeholder: 'e.g. arn:aws:iam::123456789012:role/whereby',
		displayOptions: { show: { destinationProvider: ['s3'], authenticationType: ['roleBased'] } },
	},
];

/** The live transcription languages, by name; the value sent is Whereby's language code. */
const languages = (
	[
		['ca', 'Catalan'],
		['zh', 'Chinese (Simplified)'],
		['zh-TW', 'Chinese (Traditional, Taiwan)'],
		['cs', 'Czech'],
		['da', 'Danish'],
		['nl', 'Dutch'],
		['en', 'English'],
		['en-US', 'English (United States)'],
		['en-GB', 'English (United Kingdom)'],
		['fi', 'Finnish'],
		['fr', 'French'],
		['de', 'German'],
		['de-CH', 'German (Switzerland)'],
		['el', 'Greek'],
		['hi', 'Hindi'],
		['id', 'Indonesian'],
		['it', 'Italian'],
		['ja', 'Japanese'],
		['ko', 'Korean'],
		['lv', 'Latvian'],
		['ms', 'Malay'],
		['no', 'Norwegian'],
		['pl', 'Polish'],
		['pt', 'Portuguese'],
		['pt-BR', 'Portuguese (Brazil)'],
		['ro', 'Romanian'],
		['ru', 'Russian'],
		['sk', 'Slovak'],
		['es', 'Spanish'],
		['sv', 'Swedish'],
		['th', 'Thai'],
		['uk', 'Ukrainian'],
		['vi', 'Vietnamese'],
	] as const
).map(([code, name]) => ({ name: `${name} (${code})`, value: code }));

/** A fixed collection with one "Settings" group: recording, live transcription, streaming. */
function settingsGroup(
	displayName: string,
	name: string,
	values: INodeProperties[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		default: {},
		placeholder: `Add ${displayName}`,
		options: [{ displayName: 'Settings', name: 'settings', values }],
	};
}

/** The "Start" of recordings, transcriptions and streams. */
function startTrigger(
	options: INodePropertyOptions[],
	defaults: string,
	description?: string,
): INodeProperties {
	return {
		displayName: 'Start',
		name: 'startTrigger',
		type: 'options',
		options,
		default: defaults,
		...(description ? { description } : {}),
	};
}

const automatic = { name: 'Automatically', value: 'automatic' };
/** The automatic starts of recordings and live transcriptions. */
const automatically = [
	automatic,
	{ name: 'When a Second Participant Joins', value: 'automatic-2nd-participant' },
];

export const liveTranscriptionField = settingsGroup('Live Transcription', 'liveTranscription', [
	startTrigger(
		[...automatically, { name: 'Manually', value: 'manual' }, { name: 'Never', value: 'none' }],
		'manual',
	),
	{ displayName: 'Language', name: 'language', type: 'options', options: languages, default: 'en' },
	{
		displayName: 'Live Captions',
		name: 'liveCaptions',
		type: 'boolean',
		default: false,
		description: 'Whether participants see captions during the meeting',
	},
	...destinationFields('transcripts'),
	{
		displayName: 'S3 Region',
		name: 'region',
		type: 'string',
		default: '',
		placeholder: 'e.g. eu-west-1',
		displayOptions: { show: { destinationProvider: ['s3'] } },
	},
]);

export const recordingField = settingsGroup('Recording', 'recording', [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Cloud', value: 'cloud', description: 'Recorded by Whereby and stored' },
			{ name: 'Local', value: 'local', description: 'Recorded in the participant browser' },
			{ name: 'None', value: 'none', description: 'Recording is disabled' },
		],
		default: 'cloud',
	},
	startTrigger(
		[
			...automatically,
			{ name: 'Manually', value: 'none' },
			{ name: 'Prompt the First Allowed User', value: 'prompt' },
		],
		'none',
		'Only applies to cloud recording',
	),
	{
		displayName: 'File Format',
		name: 'fileFormat',
		type: 'options',
		options: [
			{ name: 'Organization Default', value: '' },
			{ name: 'MKV', value: 'mkv' },
			{ name: 'MP4', value: 'mp4' },
		],
		default: '',
		displayOptions: { hide: { destinationProvider: ['default'] } },
	},
	...destinationFields('recordings'),
]);

export const rtmpUrlField: INodeProperties = {
	displayName: 'RTMP URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'e.g. rtmp://a.rtmp.youtube.com/live2/stream-key',
	description: 'Where to stream the meeting, with the stream key',
};

export const streamingField = settingsGroup('Streaming', 'streaming', [
	rtmpUrlField,
	startTrigger(
		[automatic, { name: 'Host Starts It', value: 'none' }, { name: 'Prompt', value: 'prompt' }],
		'none',
	),
]);

export const createAdditionalFields = fieldsCollection('additionalFields', [
	{
		displayName: 'Include URLs',
		name: 'fields',
		type: 'multiOptions',
		options: urlFieldOptions,
		default: [],
		description: 'Extra room URLs to return: a host link and a viewer link',
	},
	{
		displayName: 'Is Locked',
		name: 'isLocked',
		type: 'boolean',
		default: false,
		description: 'Whether the room starts locked, so that only hosts can let others in',
	},
	liveTranscriptionField,
	recordingField,
	{
		displayName: 'Room Mode',
		name: 'roomMode',
		type: 'options',
		options: [
			{ name: 'Normal (Up to 4 Participants)', value: 'normal' },
			{ name: 'Group (More Than 4 Participants)', value: 'group' },
		],
		default: 'normal',
	},
	{
		displayName: 'Room Name Pattern',
		name: 'roomNamePattern',
		type: 'options',
		options: [
			{ name: 'UUID', value: 'uuid', description: '8-4-4-4-12 characters' },
			{ name: 'Human Short', value: 'human-short', description: 'Six easy-to-read characters' },
		],
		default: 'uuid',
	},
	withSchema(
		{
			displayName: 'Room Name Prefix',
			name: 'roomNamePrefix',
			type: 'string',
			default: '',
			placeholder: 'e.g. example-prefix',
			description:
				"Up to 39 lowercase letters, digits and hyphens put before the room name; upper case is lowered and spaces removed. Whereby's pattern lists no hyphen but its examples use one: Whereby decides.",
		},
		roomNamePrefix,
	),
	streamingField,
	{
		displayName: 'Template Type',
		name: 'templateType',
		type: 'options',
		options: [
			{
				name: 'Viewer Mode',
				value: 'viewerMode',
				description: 'A locked group room; the answer includes host and viewer URLs',
			},
		],
		default: 'viewerMode',
	},
]);
