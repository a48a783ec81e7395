import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { readBoolean } from './parameters';
import type { Field } from './validation';
import { check, intBetween, invalidField, param } from './validation';

/*
 * The one way an operation reads its parameters. A property carries its own check
 * (`withSchema`), so an error is labelled from the property the user sees; top-level fields are
 * read with `readField`, optional collections with `readCollection`, lists' Return All/Limit with
 * `readLimit`. (Types, option values and expressions' "false" are already read strictly by the
 * execute context: nodes/shared/parameters.ts.)
 */

type Schema<T> = z.ZodType<T, z.ZodTypeDef, unknown>;

/** A check, or one made for each run from its context (e.g. dates read in the workflow's timezone). */
type SchemaOrFactory<T> = Schema<T> | ((ctx: IExecuteFunctions) => Schema<T>);

const schemas = new WeakMap<INodeProperties, SchemaOrFactory<unknown>>();

function schemaOf(ctx: IExecuteFunctions, property: INodeProperties): Schema<unknown> | undefined {
	const schema = schemas.get(property);
	return typeof schema === 'function' ? schema(ctx) : schema;
}

/** A property with a check; `T` is what reading it returns. */
export type CheckedProperty<T> = INodeProperties & { readonly __reads?: T };

/** Attaches a check to a property (the same object goes into the operation's `properties`). */
export function withSchema<T>(
	property: INodeProperties,
	schema: SchemaOrFactory<T>,
): CheckedProperty<T> {
	schemas.set(property, schema);
	return property as CheckedProperty<T>;
}

/** A top-level field of the item, checked by the property's schema; the error names its label. */
export function readField<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: CheckedProperty<T>,
	fallback?: unknown,
): T {
	const schema = schemaOf(ctx, property);
	if (!schema) return ctx.getNodeParameter(property.name, itemIndex, fallback) as T;
	return param(ctx, itemIndex, property, schema as Schema<T>, fallback);
}

const isSet = (value: unknown) =>
	value !== undefined &&
	value !== null &&
	value !== '' &&
	!(Array.isArray(value) && value.length === 0);

/** A body or query with only its set values (as `readCollection` counts them). */
export function setValues(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => isSet(value)));
}

/**
 * The set fields of a collection (Additional Fields, Update Fields, Filters, Options), each checked
 * by its property's schema, in name order (so a request does not depend on the order the user
 * added them). An option the collection does not describe is refused. With `requireOne`, an empty
 * collection fails with `nothingToUpdate`.
 */
export function readCollection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: INodeProperties,
	opts: { requireOne?: boolean } = {},
): IDataObject {
	const values = (ctx.getNodeParameter(collection.name, itemIndex, {}) ?? {}) as IDataObject;
	const children = (collection.options ?? []) as INodeProperties[];
	const out: IDataObject = {};
	for (const key of Object.keys(values).sort()) {
		const value = values[key];
		if (!isSet(value)) continue;
		const child = children.find((c) => c.name === key);
		const field = collectionField(collection, child ?? { name: key, displayName: key });
		if (!child) throw invalidField(ctx, itemIndex, field, 'is not a known option');
		const schema = schemaOf(ctx, child);
		out[key] = (
			schema ? check(ctx, itemIndex, field, schema, value) : value
		) as IDataObject[string];
	}
	if (opts.requireOne && Object.keys(out).length === 0)
		throw nothingToUpdate(ctx, itemIndex, collection);
	return out;
}

/**
 * The entries of one group of a fixed collection (`{ member: [...] }` → `[...]`), each checked by
 * `entry`: the schema to give `withSchema` for a fixed collection with multiple values. No entries
 * read as `[]` and a value that is no collection is refused; an error names the entry by its place
 * and field (`0.userId: must not be empty`).
 */
export function fixedCollectionEntries<T extends z.ZodTypeAny>(group: string, entry: T) {
	return z.preprocess(
		(collection) =>
			collection && typeof collection === 'object' && !Array.isArray(collection)
				? ((collection as IDataObject)[group] ?? [])
				: (collection ?? []),
		z.array(entry, { invalid_type_error: `must be a list of ${group} entries` }),
	);
}

/** A field of a collection as errors name it: its label, and its path (`filters.createdAtTo`). */
export function collectionField(collection: Field, child: Field): Field {
	return { name: `${collection.name}.${child.name}`, displayName: child.displayName };
}

/** The one error for an update with nothing to change. */
export function nothingToUpdate(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: Pick<INodeProperties, 'displayName'>,
): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Nothing to update in item ${itemIndex}: add at least one field under "${collection.displayName}"`,
		{ itemIndex, description: 'Nothing was sent to the provider.' },
	);
}

/** The limit a list operation was asked for (its Return All / Limit pair); undefined means all. */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (readBoolean(ctx, itemIndex, { name: 'returnAll', displayName: 'Return All' }, false))
		return undefined;
	return param(
		ctx,
		itemIndex,
		{ name: 'limit', displayName: 'Limit' },
		intBetween(1, Number.MAX_SAFE_INTEGER),
		50,
	);
}
