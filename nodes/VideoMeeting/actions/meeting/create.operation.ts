import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import {
	strictBoolean,
	check,
	dateTime,
	nonEmptyString,
	oneOf,
	param,
} from '../../../shared/validation';
import type { MeetingRequest } from '../../meeting';
import { meetingItem, RECORDING_SETTINGS } from '../../meeting';
import { hostLinkField, providerOf } from './fields';

/** The request of one item, validated before any request is sent. */
function readRequest(ctx: IExecuteFunctions, i: number): MeetingRequest {
	const zone = ctx.getTimezone();
	const title = param(ctx, i, { name: 'title', displayName: 'Title' }, nonEmptyString);
	const endDate = param(
		ctx,
		i,
		{ name: 'endDate', displayName: 'End' },
		dateTime(zone, { future: true }),
	);
	const fields = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const field = (name: string, displayName: string) => ({
		name: `additionalFields.${name}`,
		displayName,
	});
	const request: MeetingRequest = {
		title,
		endDate,
		recording: check(
			ctx,
			i,
			field('recording', 'Recording'),
			oneOf(RECORDING_SETTINGS),
			fields.recording ?? 'providerDefault',
		),
		hostLink: check(
			ctx,
			i,
			field('hostLink', 'Host Link'),
			strictBoolean,
			fields.hostLink ?? false,
		),
	};
	if (fields.startDate !== undefined && fields.startDate !== '' && fields.startDate !== null) {
		const before = dateTime(zone).refine(
			(start) => start.toMillis() < endDate.toMillis(),
			`must be before the End (${endDate.toISO()})`,
		);
		request.startDate = check(ctx, i, field('startDate', 'Start'), before, fields.startDate);
	}
	return request;
}

export const create: Operation = {
	name: 'Create',
	action: 'Create a meeting link',
	description:
		'Create a video meeting link: give a title and when it ends; returns joinUrl for guests (and hostUrl for the host when Host Link is on)',
	properties: [
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
		{
			displayName: 'End',
			name: 'endDate',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'When the meeting ends; must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions work, e.g. {{ $now.plus(45, "minutes") }} or {{ $today.set({ hour: 10 }) }}.',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
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
							description:
								'Record this meeting (Whereby: cloud recording from the first participant)',
						},
						{ name: 'Off', value: 'off', description: 'Do not record this meeting' },
					],
					default: 'providerDefault',
					description: 'Whether the meeting is recorded',
				},
				{
					displayName: 'Start',
					name: 'startDate',
					type: 'dateTime',
					default: '',
					description:
						'When the meeting starts; must be before the End. The link works from its creation on every provider; Pagecall counts its meeting time from here. Without a UTC offset, the time is read in the workflow timezone. Expressions work, e.g. {{ $now.plus(45, "minutes") }} or {{ $today.set({ hour: 10 }) }}.',
				},
			],
		},
	],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider, meetings } = providerOf(this, i);
		const request = readRequest(this, i);
		return meetingItem(provider, await meetings.create(this, i, request));
	},
};
