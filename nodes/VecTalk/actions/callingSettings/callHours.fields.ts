import { IANAZone } from 'luxon';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { fixedCollectionEntries, setValues, withSchema } from '../../../shared/fields';
import { calendarDate, oneOf } from '../../../shared/validation';
import { asMeta, enabledDisabled, status } from './fields';

/*
 * Call Hours of calling settings: the fixed collection and the check that reads it into Meta's
 * `call_hours` block.
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
				weeklyOperatingHours: fixedCollectionEntries('range', range),
				holidaySchedule: fixedCollectionEntries('holiday', holiday(zone)),
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
		.transform((v) =>
			setValues({
				status: v.status,
				timezone_id: v.timezoneId,
				weekly_operating_hours: v.weeklyOperatingHours.map((r) => ({
					day_of_week: r.dayOfWeek,
					open_time: r.openTime,
					close_time: r.closeTime,
				})),
				holiday_schedule: v.holidaySchedule.map((h) => ({
					date: h.date,
					start_time: h.startTime,
					end_time: h.endTime,
				})),
			}),
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

export const callHours = withSchema(
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
