import { IANAZone } from 'luxon';
import { z } from 'zod';

import {
	calendarDate,
	intBetween,
	nonEmptyString,
	oneOf,
	stringList,
} from '../../../shared/validation';
import { ISO_COUNTRY_CODES } from '../../countries';

export const DAYS = [
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
export const status = z
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
export const ianaTimezone = z
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
export const callHours = (zone: string) =>
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
export const countryCodes = stringList
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
export const sipServers = entries('server', sipServer).refine(
	(s) => s.length > 0,
	'must contain at least one server',
);
