import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { fieldsCollection } from '../../../shared/descriptions';
import { fixedCollectionEntries, setValues, withSchema } from '../../../shared/fields';
import { httpUrl, intBetween, nonEmptyString, oneOf } from '../../../shared/validation';
import { memberType, memberTypeField, optionalText, userId } from '../../fields';

export const nameField = withSchema(
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Weekly Meet',
		description: 'Human-readable name of the room',
	},
	nonEmptyString,
);

export const typeField = withSchema(
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		options: [
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
		],
		default: 'private',
		description: 'Who can join and replay the meeting',
	},
	oneOf(['open', 'public', 'private']),
);

/** Members from the fixed collection, as Pagecall takes them. */
const fixedMembers = fixedCollectionEntries(
	'member',
	z.object({ userId, type: memberType.default('guest'), name: optionalText.optional() }),
).transform((list) =>
	list.map((m) => setValues({ user_id: m.userId, type: m.type, name: m.name })),
);

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

const jsonMember = z.object({
	user_id: userId,
	type: memberType.optional(),
	name: optionalText.optional(),
});

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
			}, jsonMember),
		),
	)
	.transform((list) => list.map(setValues));

/** RFC 9110 field-name token. */
const headerName = z
	.string()
	.trim()
	.regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, 'is not a valid HTTP header name');
const headerValue = z
	.union([z.string(), z.number(), z.boolean()])
	.transform(String)
	.refine((v) => !/[\r\n\0]/.test(v), 'must not contain line breaks');
const headers = fixedCollectionEntries(
	'header',
	z.object({ name: headerName, value: headerValue.default('') }),
).superRefine((list, issue) => {
	const seen = new Set<string>();
	for (const { name } of list) {
		if (seen.has(name.toLowerCase()))
			issue.addIssue({ code: z.ZodIssueCode.custom, message: `header "${name}" is given twice` });
		seen.add(name.toLowerCase());
	}
});

export const webhookUrlField = withSchema(
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://n8n.example.com/webhook/…/webhook',
		description:
			'Pagecall POSTs to this URL whenever a participant joins or leaves the room. Paste the Production URL of a Pagecall Trigger node here. With a Webhook Secret in the credential, the URL must be https:// (http:// only for localhost), because every delivery carries the secret.',
	},
	// Only spaces is no URL.
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		httpUrl.optional(),
	),
);

export const additionalFields = fieldsCollection('additionalFields', [
	withSchema(
		{
			displayName: 'Max Meeting Seconds',
			name: 'maxMeetingSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 3600,
			description:
				'The room is terminated automatically once its meeting time reaches this many seconds. Meeting time only counts while two or more participants are connected; the timer then shows the time left.',
		},
		intBetween(1, Number.MAX_SAFE_INTEGER),
	),
	withSchema(
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
						memberTypeField('Type', 'type'),
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
		fixedMembers,
	),
	withSchema(
		{
			displayName: 'Members (JSON)',
			name: 'membersJson',
			type: 'json',
			default: '[]',
			placeholder: '[{ "user_id": "u-1", "type": "host", "name": "Ana" }]',
			description:
				'Members as a JSON array of objects with user_id (or userId), and optionally type (guest, host or monitor) and name. Useful with expressions; added to the Members above.',
		},
		membersJson,
	),
	{
		displayName: 'Record',
		name: 'record',
		type: 'boolean',
		default: true,
		description: 'Whether meetings in the room are recorded (Pagecall records by default)',
	},
	withSchema(
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
		headers,
	),
	webhookUrlField,
]);
