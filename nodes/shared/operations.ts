import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDisplayOptions } from './descriptions';
import type { OperationResult } from './items';
import { DEFAULT_TIMEOUT_MS } from './transport/retry';
import { runItems, WithBinary } from './items';
import { readBoolean, strictParameters } from './parameters';

/** One operation of one resource: its UI, and what it does for one input item. */
export interface Operation {
	/** Label in the operation list, e.g. "Create" */
	name: string;
	/** Sentence shown in the node panel, e.g. "Create a meeting" */
	action: string;
	description: string;
	properties: INodeProperties[];
	/**
	 * For answers of more than ten fields: the fields a builder uses most. The operation then gets a
	 * Simplify switch (on by default when the node is used as an AI tool) that keeps only these.
	 */
	simplify?: string[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

/**
 * One resource of a node. Its `operations` map (in `actions/<resource>/index.ts`) is the one list
 * of its operation names: adding an operation is its file plus one line there.
 */
export interface Resource {
	/** Label in the resource list, e.g. "Meeting" */
	name: string;
	description?: string;
	operations: Record<string, Operation>;
}

/** The resources of a node (`actions/resources.ts`), by parameter value. */
export type Resources = Record<string, Resource>;

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The resource and operation selectors and every operation's fields, each shown only where it belongs. */
export function describeResources(
	resources: Resources,
	defaultResource: string,
): INodeProperties[] {
	const resource: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: Object.entries(resources)
			.map(([value, r]) => ({ name: r.name, value, description: r.description }))
			.sort(byName),
		default: defaultResource,
	};
	const perResource = Object.entries(resources).flatMap(([resourceValue, r]) => {
		const entries = Object.entries(r.operations);
		const firstOperation = entries[0][0];
		const operation: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resourceValue] } },
			options: entries
				.map(([value, op]) => ({
					name: op.name,
					value,
					action: op.action,
					description: op.description,
				}))
				.sort(byName),
			default: firstOperation,
		};
		const fields = entries.flatMap(([opValue, op]) =>
			withDisplayOptions([...op.properties, ...simplifyProperties(op.simplify)], {
				resource: [resourceValue],
				operation: [opValue],
			}),
		);
		return [operation, ...fields];
	});
	return [resource, ...perResource, requestOptions];
}

/**
 * The line under the node on the canvas: the chosen operation's action, e.g. "Create a meeting"
 * (instead of "create: meeting"). An expression over a flat resource:operation → action map.
 */
export function actionSubtitle(resources: Resources): string {
	const actions: Record<string, string> = {};
	for (const [resourceValue, r] of Object.entries(resources)) {
		for (const [opValue, op] of Object.entries(r.operations))
			actions[`${resourceValue}:${opValue}`] = op.action;
	}
	return `={{ (${JSON.stringify(actions)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}

/** The Simplify switch of an operation that has `simplify` fields: off in workflows, on for AI agents. */
function simplifyProperties(fields: string[] | undefined): INodeProperties[] {
	if (!fields) return [];
	const common = {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean' as const,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		hint: `Keeps ${fields.join(', ')}`,
	};
	return [
		{ ...common, default: false, displayOptions: { show: { '@tool': [false] } } },
		{ ...common, default: true, displayOptions: { show: { '@tool': [true] } } },
	];
}

const simplifyField = { name: 'simplify', displayName: 'Simplify' };

/** Keeps the `fields` of each object of a result. */
function simplified(result: OperationResult, fields: string[]): OperationResult {
	const pick = (o: IDataObject) =>
		Object.fromEntries(fields.filter((f) => f in o).map((f) => [f, o[f]]));
	if (result instanceof WithBinary) return new WithBinary(pick(result.json), result.binary);
	return Array.isArray(result) ? result.map(pick) : pick(result);
}

/** Node-wide request settings; read once per run. */
const requestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Items Processed in Parallel',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 128 },
			default: 1,
			description:
				'How many input items are sent to the provider at the same time (1: one after the other). Output order and item pairing stay as the input. When the provider answers "too many requests", the whole node waits as the provider asks before retrying.',
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1000 },
			default: DEFAULT_TIMEOUT_MS,
			description:
				'Milliseconds to wait for each answer of the provider. A request without an answer in time is retried when it is safe to send it again; retries of one item end after 5 minutes in total.',
		},
	],
};

/** The node's execute(): one call of the chosen operation per input item. */
export async function executeResources(
	ctx: IExecuteFunctions,
	resources: Resources,
): Promise<INodeExecutionData[][]> {
	// Resource and operation take no expressions (noDataExpression): read once, not per item.
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = resources[resource]?.operations[operation];
	const strict = strictParameters(ctx, [...(op?.properties ?? []), requestOptions]);
	const concurrency = Number(strict.getNodeParameter('requestOptions.concurrency', 0, 1));
	return await runItems(
		strict,
		async (itemIndex) => {
			if (!op) {
				throw new NodeOperationError(
					ctx.getNode(),
					`The operation "${operation}" of resource "${resource}" is not supported`,
					{ itemIndex },
				);
			}
			const result = await op.execute.call(strict, itemIndex);
			if (op.simplify && readBoolean(ctx, itemIndex, simplifyField, false))
				return simplified(result, op.simplify);
			return result;
		},
		concurrency,
	);
}
