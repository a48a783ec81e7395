import type {
	IDataObject,
	IExecuteFunctions,
	IGetNodeParameterOptions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { z } from 'zod';

import { addSecrets } from './secrets';
import type { Field } from './validation';
import { check, isPlainObject, strictBoolean } from './validation';

/*
 * Values from expressions arrive as text: a boolean written as {{ false }} can be the string
 * "false", which is truthy. Every parameter of an action node is therefore read through its own
 * description: booleans and numbers are converted strictly, option values checked against the
 * property's `options`, collections field by field. A value that does not fit fails the item
 * before any request, naming the field.
 */

/** A finite number, or text that is one; an empty value stays empty (not set). */
const strictNumber = z.union(
	[
		z.number().finite('must be a number'),
		z.literal(''),
		z
			.string()
			.trim()
			.refine((v) => v !== '' && Number.isFinite(Number(v)), 'must be a number')
			.transform(Number),
	],
	{
		errorMap: (issue, ctx) => ({
			message: issue.code === 'invalid_union' ? 'must be a number' : ctx.defaultError,
		}),
	},
);

/** A boolean parameter read strictly (the one way every node reads a boolean outside the kernel). */
export function readBoolean(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: Field,
	fallback: boolean,
): boolean {
	return check(
		ctx,
		itemIndex,
		field,
		strictBoolean,
		ctx.getNodeParameter(field.name, itemIndex, fallback),
	);
}

type Described = INodeProperties | INodePropertyCollection;

const isProperty = (d: Described): d is INodeProperties => 'type' in d;

/** The values a user may pick, when the property lists them (not when loaded from the provider). */
function optionValues(property: INodeProperties): Array<string | number | boolean> | undefined {
	if (property.typeOptions?.loadOptionsMethod || property.typeOptions?.loadOptions)
		return undefined;
	const options = (property.options ?? []) as INodePropertyOptions[];
	return options.length > 0 && options.every((o) => 'value' in o)
		? options.map((o) => o.value)
		: undefined;
}

/** One value checked against the option values of its property; the option's own value is returned. */
function optionSchema(values: Array<string | number | boolean>) {
	return z.unknown().transform((value, issue) => {
		const text = typeof value === 'object' ? undefined : String(value).trim();
		// Exact first; else the one option that differs only in letter case (`enabled` for ENABLED).
		const loose = values.filter(
			(v) => text !== undefined && String(v).toLowerCase() === text.toLowerCase(),
		);
		const match =
			values.find((v) => v === value || String(v) === text) ??
			(loose.length === 1 ? loose[0] : undefined);
		if (match === undefined) {
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: `must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`,
			});
			return z.NEVER;
		}
		return match;
	});
}

/** A parameter value read through its description (see the comment at the top). */
export function strictValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	path: string,
	value: unknown,
): unknown {
	if (value === undefined || value === null) return value;
	// A secret the user typed (a password field) is hidden in everything the run returns.
	if (property.typeOptions?.password) addSecrets(ctx, [value]);
	const field: Field = { name: path, displayName: property.displayName };
	switch (property.type) {
		case 'boolean':
			return check(ctx, itemIndex, field, strictBoolean, value);
		case 'number':
			return check(ctx, itemIndex, field, strictNumber, value);
		case 'options': {
			const values = optionValues(property);
			return values ? check(ctx, itemIndex, field, optionSchema(values), value) : value;
		}
		case 'multiOptions': {
			const values = optionValues(property);
			if (!values) return value;
			const list = check(
				ctx,
				itemIndex,
				field,
				z.array(z.unknown(), { invalid_type_error: 'must be a list' }),
				value,
			);
			return list.map((one) => check(ctx, itemIndex, field, optionSchema(values), one));
		}
		case 'collection':
			return strictFields(
				ctx,
				itemIndex,
				(property.options ?? []) as INodeProperties[],
				path,
				check(ctx, itemIndex, field, objectSchema, value),
			);
		case 'fixedCollection': {
			const groups = (property.options ?? []) as INodePropertyCollection[];
			const given = check(ctx, itemIndex, field, objectSchema, value);
			return Object.fromEntries(
				Object.entries(given).map(([key, entries]) => {
					const group = groups.find((g) => g.name === key);
					if (!group) return [key, entries];
					const read = (one: unknown, at: string) =>
						strictFields(
							ctx,
							itemIndex,
							group.values,
							at,
							check(ctx, itemIndex, field, objectSchema, one),
						);
					return [
						key,
						Array.isArray(entries)
							? entries.map((one, k) => read(one, `${path}.${key}[${k}]`))
							: read(entries, `${path}.${key}`),
					];
				}),
			);
		}
		default:
			return value;
	}
}

const objectSchema = z.custom<IDataObject>(isPlainObject, { message: 'must be an object' });

/** The set fields of a collection, each read through its description; unknown keys stay as they are. */
function strictFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	properties: INodeProperties[],
	path: string,
	values: IDataObject,
): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		const property = properties.find((p) => p.name === key);
		out[key] = (
			property ? strictValue(ctx, itemIndex, property, `${path}.${key}`, value) : value
		) as IDataObject[string];
	}
	return out;
}

/** The description of a dotted parameter path (`options.includeSipCredentials`), if there is one. */
function describe(properties: INodeProperties[], path: string): INodeProperties[] {
	const [first, ...rest] = path.split('.');
	let found: Described[] = properties.filter((p) => p.name === first);
	for (const segment of rest) {
		found = found.flatMap((d): Described[] => {
			if (!isProperty(d)) return d.values.filter((p) => p.name === segment);
			const children = (d.options ?? []) as Described[];
			return ['collection', 'fixedCollection'].includes(d.type)
				? children.filter((c) => c.name === segment)
				: [];
		});
	}
	return found.filter(isProperty);
}

/**
 * The execute context an operation sees: getNodeParameter reads every parameter through its
 * description. With several properties of one name (shown in different cases), the first that
 * accepts the value wins.
 */
export function strictParameters(
	ctx: IExecuteFunctions,
	properties: INodeProperties[],
): IExecuteFunctions {
	const strict = Object.create(ctx) as IExecuteFunctions;
	const read = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: IGetNodeParameterOptions,
	) => {
		const value = ctx.getNodeParameter(name, itemIndex, fallback, options);
		if (options?.rawExpressions) return value;
		const candidates = describe(properties, name);
		let firstError: unknown;
		for (const property of candidates) {
			try {
				return strictValue(ctx, itemIndex, property, name, value);
			} catch (error) {
				firstError ??= error;
			}
		}
		if (firstError) throw firstError;
		return value;
	};
	strict.getNodeParameter = read as IExecuteFunctions['getNodeParameter'];
	return strict;
}
