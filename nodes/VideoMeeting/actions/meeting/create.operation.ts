import type { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { collectionField, readCollection, readField, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { dateTime, invalidField, nonEmptyString } from '../../../shared/validation';
import type { MeetingRequest, RecordingSetting } from '../../meeting';
import { meetingItem } from '../../meeting';
import { hostLinkField, providerOf } from './fields';

const title = withSchema<string>(
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Daily stand-up',
		description:
			'Name of the meeting. Whereby has no title: its letters and digits become the start of the room name (up to 39).',
	},
	nonEmptyString,
);

const endDate = withSchema<DateTime>(
	{
		displayName: 'End',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'When the meeting ends; must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions work, e.g. {{ $now.plus(45, "minutes") }} or {{ $today.set({ hour: 10 }) }}.',
	},
	(ctx) => dateTime(ctx.getTimezone(), { future: true }),
);

const startDate = withSchema(
	{
		displayName: 'Start',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description:
			'When the meeting starts; must be before the End. The link works from its creation on every provider; Pagecall counts its meeting time from here. Without a UTC offset, the time is read in the workflow timezone. Expressions work, e.g. {{ $now.plus(45, "minutes") }} or {{ $today.set({ hour: 10 }) }}.',
	},
	(ctx) => dateTime(ctx.getTimezone()),
);

const additionalFields = fieldsCollection('additionalFields', [
	hostLinkField(
		'Whether to also create a link with host rights (hostUrl). Whereby: the host room URL. Pagecall: the link of a new host member, with its access token. Videochamada.com.br has none: hostUrl stays null. Share it only with the host.',
	),
	{
		displayName: 'Recording',
		name: 'recording',
		type: 'options',
		options: [
			{
				name: 'Provider Default',
				value: 'providerDefault',
				description: 'What the account or project is set to',
			},
			{
				name: 'On',
				value: 'on',
				description: 'Record this meeting (Whereby: cloud recording from the first participant)',
			},
			{ name: 'Off', value: 'off', description: 'Do not record this meeting' },
		],
		default: 'providerDefault',
		description: 'Whether the meeting is recorded',
	},
	startDate,
]);

/** The request of one item, validated before any request is sent. */
function readRequest(ctx: IExecuteFunctions, i: number): MeetingRequest {
	const request: MeetingRequest = {
		title: readField(ctx, i, title),
		endDate: readField(ctx, i, endDate),
		recording: 'providerDefault',
		hostLink: false,
	};
	const fields = readCollection(ctx, i, additionalFields);
	if (fields.recording !== undefined) request.recording = fields.recording as RecordingSetting;
	if (fields.hostLink !== undefined) request.hostLink = fields.hostLink as boolean;
	const start = fields.startDate as DateTime | undefined;
	if (start && start.toMillis() >= request.endDate.toMillis()) {
		const field = collectionField(additionalFields, startDate);
		throw invalidField(ctx, i, field, `must be before the End (${request.endDate.toISO()})`);
	}
	if (start) request.startDate = start;
	return request;
}

export const create: Operation = {
	name: 'Create',
	action: 'Create a meeting link',
	description:
		'Create a video meeting link: give a title and when it ends; returns joinUrl for guests (and hostUrl for the host when Host Link is on)',
	properties: [title, endDate, additionalFields],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider, meetings } = providerOf(this, i);
		const request = readRequest(this, i);
		return meetingItem(provider, await meetings.create(this, i, request));
	},
};
