import { IANAZone } from 'luxon';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { fieldsCollection } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import {
	calendarDate,
	intBetween,
	nonEmptyString,
	oneOf,
	stringList,
} from '../../../shared/validation';
import { ISO_COUNTRY_CODES } from '../../countries';

/*
 * The Update Fields of calling settings, each with the check that reads it into Meta's shape.
 */

const DAYS = [
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
	'SUNDAY',
] as const;

/**
 * `enabled`/`disabled` in any letter case (Meta writes ENABLED, VecTalk's page enabled), sent the
 * way VecTalk's page shows every status: lowercase.
 */
const status = z
	.string({ invalid_type_error: 'must be enabled or disabled' })
	.transform((v) => v.trim().toLowerCase())
	.refine(
		(v): v is 'enabled' | 'disabled' => v === 'enabled' || v === 'disabled',
		'must be enabled or disabled (any letter case)',
	);

/** A time of day as Meta wants it, `HHMM` (0000–2359); `HH:MM` and numbers like 930 are accepted. */
const hhmm = z
	.union([z.string(), z.number()], { invalid_type_error: 'must be a time like 0930' })
	.transform((v) =>
		typeof v === 'number' ? String(v).padStart(4, '0') : v.trim().replace(':', ''),
	)
	.refine(
		(v) => /^([01]\d|2[0-3])[0-5]\d$/.test(v),
		'must be a time HHMM from 0000 to 2359, e.g. 0930',
	);

/** A valid IANA timezone, e.g. America/Sao_Paulo (letter case as the user typed it). */
const ianaTimezone = z
	.string({ invalid_type_error: 'must be an IANA timezone such as America/Sao_Paulo' })
	.trim()
	.refine(
		(zone) => IANAZone.isValidZone(zone),
		'must be an IANA timezone such as America/Sao_Paulo',
	);

const range = z
	.object({ dayOfWeek: oneOf(DAYS), openTime: hhmm, closeTime: hhmm })
	.refine((r) => r.openTime < r.closeTime, {
		message: 'the open time must be before the close time',
		path: ['closeTime'],
	});

const holiday = (zone: string) =>
	z
		.object({ date: calendarDate(zone), startTime: hhmm, endTime: hhmm })
		.refine((h) => h.startTime < h.endTime, {
			message: 'the start time must be before the end time',
			path: ['endTime'],
		});

const entries = <T extends z.ZodTypeAny>(key: string, item: T) =>
	z
		.object({ [key]: z.array(item).optional() })
		.optional()
		.transform((v) => (v?.[key] ?? []) as Array<z.output<T>>);

/**
 * Call hours from the node's fixed collection to Meta's `call_hours` block. The block replaces the
 * stored one as a whole, so an enabled schedule needs its timezone and weekly hours. Limits that only
 * third parties state (two ranges a day, no overlaps, 20 holidays) are left to VecTalk to judge.
 */
const callHoursSchema = (zone: string) =>
	z
		.object(
			{
				status,
				timezoneId: z.string().trim().optional(),
				weeklyOperatingHours: entries('range', range),
				holidaySchedule: entries('holiday', holiday(zone)),
			},
			{
				required_error: 'is empty: add its status, timezone and weekly hours',
				invalid_type_error: 'must be a call hours block',
			},
		)
		.superRefine((v, issue) => {
			if (v.timezoneId) {
				const parsed = ianaTimezone.safeParse(v.timezoneId);
				if (!parsed.success)
					issue.addIssue({
						code: z.ZodIssueCode.custom,
						message: parsed.error.issues[0].message,
						path: ['timezoneId'],
					});
			} else if (v.status === 'enabled') {
				issue.addIssue({
					code: z.ZodIssueCode.custom,
					message: 'is required when call hours are enabled',
					path: ['timezoneId'],
				});
			}
			if (v.status === 'enabled' && v.weeklyOperatingHours.length === 0) {
				issue.addIssue({
					code: z.ZodIssueCode.custom,
					message: 'needs at least one range when call hours are enabled',
					path: ['weeklyOperatingHours'],
				});
			}
		})
		.transform((v) => ({
			status: v.status,
			...(v.timezoneId ? { timezone_id: v.timezoneId } : {}),
			...(v.weeklyOperatingHours.length
				? {
						weekly_operating_hours: v.weeklyOperatingHours.map((r) => ({
							day_of_week: r.dayOfWeek,
							open_time: r.openTime,
							close_time: r.closeTime,
						})),
					}
				: {}),
			...(v.holidaySchedule.length
				? {
						holiday_schedule: v.holidaySchedule.map((h) => ({
							date: h.date,
							start_time: h.startTime,
							end_time: h.endTime,
						})),
					}
				: {}),
		}));

/** ISO 3166-1 alpha-2 codes from a list or comma-separated text, upper-cased, without repeats. */
const countryCodes = stringList
	.transform((codes) => [...new Set(codes.map((c) => c.toUpperCase()))])
	.superRefine((codes, issue) => {
		if (codes.length === 0)
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'must list at least one country code, e.g. BR, PT',
			});
		const unknown = codes.filter((c) => !ISO_COUNTRY_CODES.has(c));
		if (unknown.length) {
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: `${unknown.join(', ')} is not an ISO 3166-1 alpha-2 country code`,
			});
		}
	});

const hostname = nonEmptyString.refine(
	(v) =>
		/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
			v,
		),
	'must be a host name such as sip.example.com, without scheme or port',
);

const sipServer = z
	.object({
		hostname,
		port: z.union([z.literal(0), z.literal(''), intBetween(1, 65535)]).optional(),
		requestUriUserParams: entries(
			'parameter',
			z.object({ key: nonEmptyString, value: z.coerce.string() }),
		),
	})
	.transform((s) => ({
		hostname: s.hostname,
		...(s.port ? { port: Number(s.port) } : {}),
		...(s.requestUriUserParams.length
			? {
					request_uri_user_params: Object.fromEntries(
						s.requestUriUserParams.map((p) => [p.key, p.value]),
					),
				}
			: {}),
	}));

/** SIP servers from the node's fixed collection, in Meta's `sip.servers` shape. */
const sipServersSchema = entries('server', sipServer).refine(
	(s) => s.length > 0,
	'must contain at least one server',
);

/** Marks a field or rule VecTalk's page does not document for its POST: it comes from Meta's API. */
const asMeta = (description: string) =>
	`${description} (as Meta documents it; VecTalk's page does not list it for updates)`;

/** An ENABLED/DISABLED option, sent lowercase (see `status`). */
const enabledDisabled = (displayName: string, name: string, description: string) =>
	withSchema(
		{
			displayName,
			name,
			type: 'options',
			options: [
				{ name: 'Enabled', value: 'ENABLED' },
				{ name: 'Disabled', value: 'DISABLED' },
			],
			default: 'ENABLED',
			description,
		},
		status,
	);

const days = DAYS.map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value }));

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

const callHours = withSchema(
	{
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
						description:
							'Dates whose hours replace the weekly hours; up to 20, as Meta documents it',
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
	},
	// The block is the fixed collection's one group.
	(ctx) =>
		z.preprocess((v) => (v as IDataObject | undefined)?.hours, callHoursSchema(ctx.getTimezone())),
);

const sipServers = withSchema(
	{
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
	},
	sipServersSchema,
);

export const updateFields = fieldsCollection(
	'updateFields',
	[
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
		withSchema(
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
			countryCodes,
		),
	],
	{ description: 'Only the fields you add are sent; the others keep their current values' },
);
