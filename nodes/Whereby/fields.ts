import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { idLocator } from '../shared/descriptions';
import type { IdFieldOptions } from '../shared/descriptions';
import { withSchema } from '../shared/fields';
import { nonEmptyString, pathId } from '../shared/validation';

// Properties and schemas used by several Whereby resources.

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

/** The required room name of room branding and room sessions. */
export const roomNameField = withSchema(
	{
		displayName: 'Room Name',
		name: 'roomName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. /team-standup',
		description:
			'The room name with its leading slash, e.g. /team-standup (the last part of the room URL). A room URL or a name without the slash also works.',
	},
	roomName,
);

/** Sort options `field:asc` / `field:desc` (the execute context refuses any other value). */
export function sortByField(
	fields: Array<[value: string, label: string]>,
	description?: string,
): INodeProperties {
	return {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: fields.flatMap(([value, label]) => [
			{ name: `${label} (Ascending)`, value: `${value}:asc` },
			{ name: `${label} (Descending)`, value: `${value}:desc` },
		]),
		default: `${fields[0][0]}:asc`,
		...(description ? { description } : {}),
	};
}

/** A free `field:asc|desc` sort, for lists whose sort fields Whereby does not enumerate. */
export const freeSortBy = (placeholder: string) =>
	withSchema(
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder,
			description: 'A result field and a direction, as field:asc or field:desc',
		},
		z
			.string()
			.trim()
			.regex(
				/^[A-Za-z][A-Za-z0-9]*:(asc|desc)$/,
				'must be a field and a direction, e.g. totalSessions:desc',
			),
	);

/** Something Whereby keeps after a meeting: a recording, a transcription or a summary. */
export interface Stored {
	/** e.g. "recording" */
	noun: string;
	/** e.g. "recordings" */
	plural: string;
	/** e.g. "/recordings" */
	path: string;
	/** Its ID (`recordingId`, "Recording ID") as a resource locator */
	locator: INodeProperties;
}

/** A stored kind named by its noun: ID parameter `<noun>Id`, path `/<plural>`. */
export function storedKind(
	noun: string,
	plural: string,
	locator: Pick<IdFieldOptions, 'description' | 'placeholder' | 'searchListMethod'>,
): Stored {
	const displayName = `${noun[0].toUpperCase()}${noun.slice(1)} ID`;
	return {
		noun,
		plural,
		path: `/${plural}`,
		locator: withSchema(idLocator({ name: `${noun}Id`, displayName, ...locator }), pathId),
	};
}
