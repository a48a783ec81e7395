import type { INodeProperties } from 'n8n-workflow';

/** Marks a field or rule VecTalk's page does not document for its POST: it comes from Meta's API. */
const asMeta = (description: string) =>
	`${description} (as Meta documents it; VecTalk's page does not list it for updates)`;

const enabledDisabled = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'Enabled', value: 'ENABLED' },
		{ name: 'Disabled', value: 'DISABLED' },
	],
	default: 'ENABLED',
	description,
});

const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
	(value) => ({
		name: value.charAt(0) + value.slice(1).toLowerCase(),
		value,
	}),
);

const time = (displayName: string, name: string, placeholder: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: `e.g. ${placeholder}`,
	description:
		'Time of day on a 24-hour clock, as 09:00 or 0900 (00:00–23:59), in the call hours timezone',
});

/** Shown inside Call Hours, so only once Call Hours is added (the call-hours schema drops its value). */
const callHoursNotice: INodeProperties = {
	displayName:
		'Call Hours replace the whole stored schedule: weekly hours and holidays that are not listed here are deleted.',
	name: 'callHoursNotice',
	type: 'notice',
	default: '',
};

const callHours: INodeProperties = {
	displayName: 'Call Hours',
	name: 'callHours',
	type: 'fixedCollection',
	default: {},
	placeholder: 'Set Call Hours',
	description: asMeta(
		'When users can call. Replaces the whole stored schedule: weekly hours and holidays you leave out are deleted.',
	),
	options: [
		{
			displayName: 'Call Hours',
			name: 'hours',
			values: [
				callHoursNotice,
				enabledDisabled(
					'Status',
					'status',
					'Whether calls are only accepted during these hours. Disabled means calls are accepted at any time.',
				),
				{
					displayName: 'Timezone',
					name: 'timezoneId',
					type: 'string',
					default: '',
					placeholder: 'e.g. America/Sao_Paulo',
					description:
						'The timezone of the times below, as its IANA name (Region/City, e.g. Europe/Lisbon, America/New_York). Required when call hours are enabled.',
				},
				{
					displayName: 'Weekly Operating Hours',
					name: 'weeklyOperatingHours',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					placeholder: 'Add Opening Hours',
					description:
						'Required when call hours are enabled. Up to two non-overlapping ranges per day, as Meta documents it.',
					options: [
						{
							displayName: 'Range',
							name: 'range',
							values: [
								{
									displayName: 'Day',
									name: 'dayOfWeek',
									type: 'options',
									options: days,
									default: 'MONDAY',
								},
								time('Open Time', 'openTime', '09:00'),
								time('Close Time', 'closeTime', '18:00'),
							],
						},
					],
				},
				{
					displayName: 'Holiday Schedule',
					name: 'holidaySchedule',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					placeholder: 'Add Holiday',
					description: 'Dates whose hours replace the weekly hours; up to 20, as Meta documents it',
					options: [
						{
							displayName: 'Holiday',
							name: 'holiday',
							values: [
								{
									displayName: 'Date',
									name: 'date',
									type: 'string',
									default: '',
									placeholder: 'e.g. 2026-12-25',
									description: 'Date as YYYY-MM-DD',
								},
								time('Start Time', 'startTime', '00:00'),
								time('End Time', 'endTime', '23:59'),
							],
						},
					],
				},
			],
		},
	],
};

const sipServers: INodeProperties = {
	displayName: 'SIP Servers',
	name: 'sipServers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add SIP Server',
	description: asMeta('The SIP servers WhatsApp connects calls to; replaces the stored list'),
	options: [
		{
			displayName: 'Server',
			name: 'server',
			values: [
				{
					displayName: 'Hostname',
					name: 'hostname',
					type: 'string',
					default: '',
					placeholder: 'e.g. sip.example.com',
					description: 'Host name of the SIP server, without scheme or port',
				},
				{
					displayName: 'Port',
					name: 'port',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 65535 },
					default: 0,
					description: 'SIP port; 0 leaves it to WhatsApp',
				},
				{
					displayName: 'Request URI User Parameters',
					name: 'requestUriUserParams',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					placeholder: 'Add Parameter',
					description: 'Parameters added to the user part of the SIP Request-URI',
					options: [
						{
							displayName: 'Parameter',
							name: 'parameter',
							values: [
								{ displayName: 'Key', name: 'key', type: 'string', default: '' },
								{ displayName: 'Value', name: 'value', type: 'string', default: '' },
							],
						},
					],
				},
			],
		},
	],
};

export const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Only the fields you add are sent; the others keep their current values',
	options: [
		enabledDisabled('Status', 'status', 'Whether WhatsApp calling is on for this number'),
		{
			displayName: 'Call Icon Visibility',
			name: 'callIconVisibility',
			type: 'options',
			options: [
				{
					name: 'Default',
					value: 'DEFAULT',
					description: 'Show the call button in the chat and the business profile',
				},
				{
					name: 'Disable All',
					value: 'DISABLE_ALL',
					description:
						'Hide the call button; users can still call back from a call link or a missed call',
				},
			],
			default: 'DEFAULT',
		},
		enabledDisabled(
			'Callback Permission Status',
			'callbackPermissionStatus',
			asMeta(
				'Whether a user who calls the business automatically allows the business to call back',
			),
		),
		{
			displayName: 'SRTP Key Exchange Protocol',
			name: 'srtpKeyExchangeProtocol',
			type: 'options',
			options: [
				{ name: 'DTLS', value: 'DTLS', description: 'Recommended' },
				{ name: 'SDES', value: 'SDES', description: 'Only with SIP enabled, as Meta documents it' },
			],
			default: 'DTLS',
		},
		enabledDisabled(
			'SIP Status',
			'sipStatus',
			'Whether calls are signalled over SIP instead of the calls API and webhooks',
		),
		sipServers,
		enabledDisabled('Video Status', 'videoStatus', 'Whether video calls are allowed'),
		enabledDisabled('Audio Status', 'audioStatus', asMeta('Whether audio calls are allowed')),
		callHours,
		{
			displayName: 'Restrict to User Countries',
			name: 'restrictToUserCountries',
			type: 'string',
			default: '',
			placeholder: 'e.g. BR, PT',
			description: asMeta(
				'Show the call button only to users in these countries: ISO 3166-1 alpha-2 codes, separated by commas',
			),
		},
	],
};
