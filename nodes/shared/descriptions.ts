import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

/** Adds `show` conditions to every property, keeping the conditions it already had. */
export function withDisplayOptions(properties: INodeProperties[], show: Show): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...show, ...property.displayOptions?.show },
		},
	}));
}

/** The `returnAll` / `limit` pair of every list operation. */
export function returnAllLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** An operation's `options` collection of optional settings. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options,
	};
}

const collections = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
};

/** An operation's Additional Fields, Update Fields or Filters collection (n8n's usual labels). */
export function fieldsCollection(
	name: keyof typeof collections,
	options: INodeProperties[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return { ...collections[name], name, type: 'collection', default: {}, ...extra, options };
}

export interface IdFieldOptions {
	name: string;
	displayName: string;
	/** e.g. "ID of the meeting, as returned by Create or Get Many" */
	description: string;
	placeholder?: string;
	/** A regex whose first group extracts the ID from a URL the user pastes */
	urlRegex?: string;
	urlPlaceholder?: string;
	/** Validates the ID mode (regex without anchors) */
	idRegex?: string;
	idError?: string;
	/** A listSearch method for a "From List" mode */
	searchListMethod?: string;
}

/** A required ID parameter as a resource locator: by ID, from a URL, or picked from a list. */
export function idLocator(o: IdFieldOptions): INodeProperties {
	// Every mode this field can offer, as one `modes` literal (n8n's lint rules read it as locator
	// modes); a mode whose option is not given is dropped.
	const offered: Pick<INodeProperties, 'modes'> = {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: o.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: o.placeholder,
				validation: o.idRegex
					? [
							{
								type: 'regex',
								properties: {
									regex: `^${o.idRegex}$`,
									errorMessage: o.idError ?? 'Not a valid ID',
								},
							},
						]
					: undefined,
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: o.urlPlaceholder,
				extractValue: { type: 'regex', regex: o.urlRegex ?? '' },
			},
		],
	};
	const given: Record<string, unknown> = { list: o.searchListMethod, id: true, url: o.urlRegex };
	const modes = (offered.modes ?? []).filter((mode) => given[mode.name]);
	return {
		displayName: o.displayName,
		name: o.name,
		type: 'resourceLocator',
		default: { mode: modes[0].name, value: '' },
		required: true,
		description: o.description,
		modes,
	};
}
