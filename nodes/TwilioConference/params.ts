import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { calendarDate, check } from '../shared/validation';

export interface FieldSpec {
	displayName: string;
	schema: z.ZodType<unknown, z.ZodTypeDef, unknown>;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Validates the set options of a collection (additionalFields, updateFields, filters) and returns
 * them under Twilio's PascalCase names; unknown keys are refused so that nothing is sent unchecked.
 */
export function readCollection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: string,
	specs: Record<string, FieldSpec>,
	rename: Record<string, string> = {},
): IDataObject {
	const values = ctx.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const out: IDataObject = {};
	// In name order, so the request does not depend on the order of the options in the UI.
	for (const [name, value] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
			continue;
		const spec = specs[name] ?? { displayName: name, schema: unknownOption };
		out[rename[name] ?? pascal(name)] = check(
			ctx,
			itemIndex,
			{ name, displayName: spec.displayName },
			spec.schema,
			value,
		) as IDataObject[string];
	}
	return out;
}

const unknownOption = z.never({ errorMap: () => ({ message: 'is not a known option' }) });

/** Specs of the date filters of a list (`dateCreated`, `dateCreatedAfter`, `dateCreatedBefore`, …). */
export function dateFilterSpecs(
	prefix: 'dateCreated' | 'dateUpdated',
	zone: string,
): Record<string, FieldSpec> {
	const label = prefix === 'dateCreated' ? 'Date Created' : 'Date Updated';
	return {
		[prefix]: { displayName: label, schema: calendarDate(zone) },
		[`${prefix}After`]: { displayName: `${label} After`, schema: calendarDate(zone) },
		[`${prefix}Before`]: { displayName: `${label} Before`, schema: calendarDate(zone) },
	};
}
