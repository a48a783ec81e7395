import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { strictBoolean, check, httpUrl, intBetween } from '../../../shared/validation';
import { memberType, optionalText, userId } from '../fields';

const member = z.object({
	user_id: userId,
	type: memberType.optional(),
	name: optionalText.optional(),
});

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** JSON members: an array (or its JSON text) of objects with user_id or userId. */
const membersJson = z
	.union([z.string(), z.array(z.unknown())], { invalid_type_error: 'must be a JSON array' })
	.transform((value, issue) => {
		if (Array.isArray(value)) return value;
		if (value.trim() === '') return [];
		const parsed = parseJson(value);
		if (Array.isArray(parsed)) return parsed;
		issue.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a JSON array of members' });
		return z.NEVER;
	})
	.pipe(
		z.array(
			z.preprocess((entry) => {
				if (!entry || typeof entry !== 'object') return entry;
				const { userId: camel, ...rest } = entry as IDataObject;
				return { user_id: camel, ...rest };
			}, member),
		),
	);

const fixedMembers = z.array(
	z.object({ userId, type: memberType.default('guest'), name: optionalText.optional() }),
);

/** RFC 9110 field-name token. */
const headerName = z
	.string()
	.trim()
	.regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, 'is not a valid HTTP header name');
const headerValue = z
	.union([z.string(), z.number(), z.boolean()])
	.transform(String)
	.refine((v) => !/[\r\n\0]/.test(v), 'must not contain line breaks');
const headers = z
	.array(z.object({ name: headerName, value: headerValue.default('') }))
	.superRefine((list, issue) => {
		const seen = new Set<string>();
		for (const { name } of list) {
			if (seen.has(name.toLowerCase()))
				issue.addIssue({ code: z.ZodIssueCode.custom, message: `header "${name}" is given twice` });
			seen.add(name.toLowerCase());
		}
	});

const entries = (collection: unknown, key: string) =>
	((collection as IDataObject | undefined)?.[key] as unknown[] | undefined) ?? [];

/** `members` of the body from the fixed collection and the JSON option, in that order. */
function readMembers(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject[] {
	const fromUi = check(
		ctx,
		i,
		{ name: 'members', displayName: 'Members' },
		fixedMembers,
		entries(fields.members, 'member'),
	);
	const fromJson = check(
		ctx,
		i,
		{ name: 'membersJson', displayName: 'Members (JSON)' },
		membersJson,
		fields.membersJson ?? [],
	);
	const all = [
		...fromUi.map((m) => ({ user_id: m.userId, type: m.type, name: m.name })),
		...fromJson,
	];
	return all.map(
		(m) =>
			Object.fromEntries(
				Object.entries(m).filter(([, v]) => v !== undefined && v !== ''),
			) as IDataObject,
	);
}

/** The optional parts of a room create body, validated; the webhook headers without the secret. */
export function roomBody(ctx: IExecuteFunctions, i: number, fields: IDataObject) {
	const body: IDataObject = {};
	if (fields.record !== undefined)
		body.record = check(
			ctx,
			i,
			{ name: 'record', displayName: 'Record' },
			strictBoolean,
			fields.record,
		);
	if (fields.maxMeetingSeconds !== undefined) {
		body.max_meeting_seconds = check(
			ctx,
			i,
			{ name: 'maxMeetingSeconds', displayName: 'Max Meeting Seconds' },
			intBetween(1, Number.MAX_SAFE_INTEGER),
			fields.maxMeetingSeconds,
		);
	}
	const members = readMembers(ctx, i, fields);
	if (members.length > 0) body.members = members;
	const userHeaders = check(
		ctx,
		i,
		{ name: 'webhookHeaders', displayName: 'Webhook Headers' },
		headers,
		entries(fields.webhookHeaders, 'header'),
	);
	const url = typeof fields.webhookUrl === 'string' ? fields.webhookUrl.trim() : fields.webhookUrl;
	if (url === undefined || url === '') {
		if (userHeaders.length > 0) {
			check(
				ctx,
				i,
				{ name: 'webhookUrl', displayName: 'Webhook URL' },
				z.string().min(1, 'is needed when Webhook Headers are set'),
				'',
			);
		}
		return { body };
	}
	const webhookUrl = check(
		ctx,
		i,
		{ name: 'webhookUrl', displayName: 'Webhook URL' },
		httpUrl,
		url,
	);
	return {
		body,
		webhookUrl,
		headers: Object.fromEntries(userHeaders.map((h) => [h.name, h.value])),
	};
}
