import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { nonEmptyString, oneOf } from '../../shared/validation';

/** The path of a room URL, or the name with its leading slash added. */
function toRoomName(value: string): string {
	if (/^https?:\/\//i.test(value)) {
		try {
			return new URL(value).pathname;
		} catch {
			return value;
		}
	}
	return value.startsWith('/') ? value : `/${value}`;
}

/** A room name as Whereby writes it, `/team-standup`; a bare name or a room URL is accepted too. */
export const roomName = nonEmptyString
	.transform(toRoomName)
	.refine(
		(v) => /^\/[^\s/?#]+$/.test(v),
		'must be a room name such as /team-standup, or the room URL',
	);

/**
 * `roomNamePrefix`: upper case lowered, spaces removed. Whereby's pattern says [a-z0-9]{0,39}, its own
 * examples use hyphens (`example-prefix`): hyphens are sent and Whereby judges them.
 */
export const roomNamePrefix = z
	.string()
	.transform((v) => v.toLowerCase().replace(/\s+/g, ''))
	.refine(
		(v) => /^[a-z0-9-]{0,39}$/.test(v),
		'must be at most 39 lowercase letters, digits and hyphens',
	);

/** The hint for a 400 on a create whose prefix has hyphens. */
export const HYPHEN_HINT =
	"Check the fields named in Whereby's message. If it is the Room Name Prefix: Whereby's reference gives the pattern [a-z0-9]{0,39} but uses hyphens in its own examples (example-prefix), so the node sent the hyphens for Whereby to judge; remove them.";

/** A valid `roomNamePrefix` made from free text such as a meeting title: "Café Stand-up #3" → "cafestandup3". */
export function roomNamePrefixFrom(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '')
		.slice(0, 39);
}

/** The start of a room name; the leading slash is added when missing. */
export const roomNameStart = nonEmptyString.transform((v) => (v.startsWith('/') ? v : `/${v}`));

export const roomNameDescription =
	'The room name with its leading slash, e.g. /team-standup (the last part of the room URL). A room URL or a name without the slash also works.';

/** Sort options `field:asc` / `field:desc` for the fields a list can be sorted by. */
export function sortByField(fields: Array<[value: string, label: string]>): INodeProperties {
	return {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: fields.flatMap(([value, label]) => [
			{ name: `${label} (Ascending)`, value: `${value}:asc` },
			{ name: `${label} (Descending)`, value: `${value}:desc` },
		]),
		default: `${fields[0][0]}:asc`,
	};
}

/** The allowed values of a `sortByField`. */
export const sortByValues = (property: INodeProperties) =>
	oneOf(
		(property.options ?? []).map((o) => (o as { value: string }).value) as [string, ...string[]],
	);

/** A free `field:asc|desc` sort, for lists whose sort fields Whereby does not enumerate. */
export const freeSortBy: INodeProperties = {
	displayName: 'Sort By',
	name: 'sortBy',
	type: 'string',
	default: '',
	placeholder: 'e.g. totalSessions:desc',
	description: 'A result field and a direction, as field:asc or field:desc',
};

export const freeSortByValue = z
	.string()
	.trim()
	.regex(
		/^[A-Za-z][A-Za-z0-9]*:(asc|desc)$/,
		'must be a field and a direction, e.g. totalSessions:desc',
	);

/** A schema that rejects with `reason`, for rules across fields. */
export const rejected = (reason: string) => z.unknown().refine(() => false, reason);
