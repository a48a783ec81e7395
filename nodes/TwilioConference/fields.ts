import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { idLocator } from '../shared/descriptions';
import { withSchema } from '../shared/fields';
import { calendarDate, httpUrl, pathId } from '../shared/validation';

/*
 * Properties and checks used by several resources. Options, booleans and numbers are already read
 * strictly through their description (nodes/shared/parameters.ts); a schema adds what Twilio
 * requires beyond that.
 */

/** A hex character; every Twilio SID is two letters and 32 of them. */
export const HEX = '[0-9a-fA-F]';
export const HEX32 = `${HEX}{32}`;

/** A Twilio SID: two letters and 32 hex characters, e.g. CF0123… */
export const sid = (prefix: string, what: string) =>
	pathId.refine(
		(v) => new RegExp(`^${prefix}${HEX32}$`).test(v),
		`must be a ${what} SID: ${prefix} followed by 32 hex characters`,
	);

export const conferenceSidField = withSchema(
	idLocator({
		name: 'conferenceSid',
		displayName: 'Conference',
		description: 'The conference SID (CF…), as returned by Get Many or the trigger',
		placeholder: 'e.g. CFbbe46ff1274e283f7e3ac1df0072ab39',
		idRegex: `CF${HEX32}`,
		idError: 'A conference SID is CF followed by 32 hex characters',
		searchListMethod: 'searchConferences',
	}),
	sid('CF', 'conference'),
);

/** An optional collection of an operation: Additional Fields, Update Fields or Filters. */
export const collection = (
	name: 'additionalFields' | 'updateFields' | 'filters',
	options: INodeProperties[],
): INodeProperties => ({
	displayName: {
		additionalFields: 'Additional Fields',
		updateFields: 'Update Fields',
		filters: 'Filters',
	}[name],
	name,
	type: 'collection',
	placeholder: name === 'filters' ? 'Add Filter' : 'Add Field',
	default: {},
	options,
});

/** An optional URL option Twilio calls, with its description. */
export const urlOption = (displayName: string, name: string, description: string) =>
	withSchema(
		{
			displayName,
			name,
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/twiml',
			description,
		},
		httpUrl,
	);

/** A field with fixed options; the value sent is the chosen option's. */
export const choice = (
	displayName: string,
	name: string,
	options: INodePropertyOptions[],
	def: string,
	description?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options,
	default: def,
	...(description ? { description } : {}),
});

/** The HTTP method Twilio uses for one of the URLs it calls. */
export const methodOption = (displayName: string, name: string, description: string) =>
	choice(
		displayName,
		name,
		[
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
		],
		'POST',
		description,
	);

export const announceMethodOption = methodOption(
	'Announce Method',
	'announceMethod',
	'The HTTP method Twilio uses to fetch the Announce URL',
);

/**
 * Filters on creation/update dates of lists (Twilio's `DateCreated`, `DateCreated>`, `DateCreated<`),
 * read as calendar dates in the workflow's timezone.
 */
export const dateFilters = (
	prefix: 'dateCreated' | 'dateUpdated',
	what: string,
): INodeProperties[] => {
	const label = prefix === 'dateCreated' ? 'Created' : 'Updated';
	const filter = (suffix: '' | 'After' | 'Before', when: string) =>
		withSchema(
			{
				displayName: `Date ${label}${suffix && ` ${suffix}`}`,
				name: `${prefix}${suffix}`,
				type: 'dateTime',
				default: '',
				description: `Only ${what} ${label.toLowerCase()} ${when}`,
			},
			(ctx) => calendarDate(ctx.getTimezone()),
		);
	return [
		filter('', 'on this date (only the date part is used; Twilio counts days in UTC)'),
		filter('After', 'on or after this date (only the date part is used)'),
		filter('Before', 'on or before this date (only the date part is used)'),
	];
};
