import type { INodeProperties } from 'n8n-workflow';

import { memberTypeOptions } from '../fields';

export const roomTypeOptions = [
	{
		name: 'Open',
		value: 'open',
		description: 'Anyone with the room URL can join and replay the meeting',
	},
	{
		name: 'Public',
		value: 'public',
		description: 'Any member of the same workspace can join and replay the meeting',
	},
	{
		name: 'Private',
		value: 'private',
		description: 'Only invited users can join and replay the meeting',
	},
];

export const createAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Max Meeting Seconds',
			name: 'maxMeetingSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 3600,
			description:
				'The room is terminated automatically once its meeting time reaches this many seconds. Meeting time only counts while two or more participants are connected; the timer then shows the time left.',
		},
		{
			displayName: 'Members',
			name: 'members',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Member',
			description: 'Users invited to the room when it is created',
			options: [
				{
					displayName: 'Member',
					name: 'member',
					values: [
						{
							displayName: 'User ID',
							name: 'userId',
							type: 'string',
							default: '',
							placeholder: 'e.g. external_user_102932',
							description: 'Your own ID of the user',
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: memberTypeOptions,
							default: 'guest',
						},
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Name shown in the meeting',
						},
					],
				},
			],
		},
		{
			displayName: 'Members (JSON)',
			name: 'membersJson',
			type: 'json',
			default: '[]',
			placeholder: '[{ "user_id": "u-1", "type": "host", "name": "Ana" }]',
			description:
				'Members as a JSON array of objects with user_id (or userId), and optionally type (guest, host or monitor) and name. Useful with expressions; added to the Members above.',
		},
		{
			displayName: 'Record',
			name: 'record',
			type: 'boolean',
			default: true,
			description: 'Whether meetings in the room are recorded (Pagecall records by default)',
		},
		{
			displayName: 'Webhook Headers',
			name: 'webhookHeaders',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Header',
			description:
				'Headers Pagecall adds to each webhook delivery. With a Webhook Secret in the credential, X-Webhook-Secret is added automatically.',
			options: [
				{
					displayName: 'Header',
					name: 'header',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. X-Team',
						},
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Webhook URL',
			name: 'webhookUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://n8n.example.com/webhook/…/webhook',
			description:
				'Pagecall POSTs to this URL whenever a participant joins or leaves the room. Paste the Production URL of a Pagecall Trigger node here. With a Webhook Secret in the credential, the URL must be https:// (http:// only for localhost), because every delivery carries the secret.',
		},
	],
};
