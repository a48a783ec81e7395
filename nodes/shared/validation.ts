import { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

/** A field as the user sees it: its label and its parameter name. */
export interface Field {
	name: string;
	displayName: string;
}

/** Validates a value before any request; a rejection names the field and the item. */
export function check<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: Field,
	schema: z.ZodType<T, z.ZodTypeDef, unknown>,
	value: unknown,
): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw invalidField(ctx, itemIndex, field, result.error.issues.map(describeIssue).join('; '));
}

/** The one error for a value the provider would reject: names the field and the item, sends nothing. */
export function invalidField(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: Field,
	reason: string,
): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Invalid "${field.displayName}" (${field.name}) in item ${itemIndex}: ${reason}`,
		{ itemIndex, description: 'Fix the value of this field; nothing was sent to the provider.' },
	);
}

function describeIssue(issue: z.ZodIssue): string {
	const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	return where + issue.message;
}

/** Reads a parameter and validates it. */
export function param<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: Field,
	schema: z.ZodType<T, z.ZodTypeDef, unknown>,
	fallback?: unknown,
): T {
	const value = ctx.getNodeParameter(field.name, itemIndex, fallback, { extractValue: true });
	return check(ctx, itemIndex, field, schema, value);
}

/** A required ID from a string or resource-locator parameter, trimmed, non-empty and no dot segment. */
export function requiredId(ctx: IExecuteFunctions, itemIndex: number, field: Field): string {
	return param(ctx, itemIndex, field, pathId);
}

export const nonEmptyString = z
	.union([z.string(), z.number()], { invalid_type_error: 'must be text' })
	.transform((v) => String(v).trim())
	.refine((v) => v.length > 0, 'must not be empty');

/** Whether a value would address another endpoint when put into a URL path ("", ".", ".."). */
export const isDotSegment = (value: string) => ['', '.', '..'].includes(value.trim());

/** An ID that becomes one segment of a URL path: never "." or "..", which would address another endpoint. */
export const pathId = nonEmptyString.refine(
	(v) => v === '' || !isDotSegment(v),
	'must not be "." or ".." (that would address another endpoint)',
);

/**
 * Reads a date-time the way n8n users pass one: a luxon DateTime or JS Date from an expression, or
 * an ISO 8601 string; a string without an offset is read in `zone` (the workflow's timezone).
 */
export function toDateTime(value: unknown, zone: string): DateTime | undefined {
	if (DateTime.isDateTime(value)) return DateTime.fromISO(value.toISO() ?? '', { setZone: true });
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? undefined : DateTime.fromJSDate(value);
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const parsed = DateTime.fromISO(value.trim(), { zone, setZone: true });
	return parsed.isValid ? parsed : undefined;
}

/** An ISO 8601 date-time (optionally required to be in the future), as a luxon DateTime. */
export function dateTime(zone: string, opts: { future?: boolean } = {}) {
	return z.unknown().transform((value, issue) => {
		const parsed = toDateTime(value, zone);
		if (!parsed) {
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'must be an ISO 8601 date and time, e.g. 2026-12-01T15:00:00+01:00',
			});
			return z.NEVER;
		}
		if (opts.future && parsed.toMillis() <= Date.now()) {
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: `must be in the future (got ${parsed.toISO()})`,
			});
			return z.NEVER;
		}
		return parsed;
	});
}

/** A calendar date `YYYY-MM-DD` (luxon DateTimes and ISO date-times are cut to their date). */
export function calendarDate(zone: string) {
	return z.unknown().transform((value, issue) => {
		const parsed =
			typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
				? DateTime.fromISO(value.trim(), { zone })
				: toDateTime(value, zone);
		if (!parsed?.isValid) {
			issue.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date like 2026-12-01' });
			return z.NEVER;
		}
		return parsed.toISODate() as string;
	});
}

/** An absolute http(s) URL. */
export const httpUrl = z
	.string()
	.trim()
	.refine((value) => {
		try {
			return ['http:', 'https:'].includes(new URL(value).protocol);
		} catch {
			return false;
		}
	}, 'must be an absolute http:// or https:// URL');

/** Whether a URL may carry a secret: https, or http to this machine (localhost, 127.0.0.1, ::1). */
export function isSecureUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (
			url.protocol === 'https:' ||
			(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
		);
	} catch {
		return false;
	}
}

/** An integer within bounds. */
export const intBetween = (min: number, max: number) =>
	z.coerce
		.number({ invalid_type_error: 'must be a number' })
		.int('must be a whole number')
		.min(min, `must be at least ${min}`)
		.max(max, `must be at most ${max}`);

/** One of the given values (option values, never labels). */
export const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
	z.enum(values, { errorMap: () => ({ message: `must be one of ${values.join(', ')}` }) });

/** A list given as an array or as comma/newline separated text; empty entries dropped. */
export const stringList = z
	.union([z.array(z.union([z.string(), z.number()])), z.string()])
	.transform((v) =>
		(Array.isArray(v) ? v.map(String) : v.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean),
	);

/** true/false, or the text "true"/"false" an expression produces (so "false" is false): the one boolean reader. */
export const strictBoolean = z.union(
	[
		z.boolean(),
		z
			.string()
			.trim()
			.toLowerCase()
			.pipe(z.enum(['true', 'false']))
			.transform((v) => v === 'true'),
	],
	{ errorMap: () => ({ message: 'must be true or false' }) },
);

/** Whether a value is a plain object: not null, not a list (JSON's `{…}`). */
export const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
