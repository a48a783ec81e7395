import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** One output record with files attached (e.g. a downloaded recording), as its binary data. */
export class WithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** What one operation returns for one input item: one record, a list (one output item each), or a record with files. */
export type OperationResult = IDataObject | IDataObject[] | WithBinary;

/** Runs `handler` for every input item with at most `concurrency` items in flight. */
export async function runItems(
	ctx: IExecuteFunctions,
	handler: (itemIndex: number) => Promise<OperationResult>,
	concurrency = 1,
): Promise<INodeExecutionData[][]> {
	const count = ctx.getInputData().length;
	const results: INodeExecutionData[][] = new Array(count);
	const failures = new Map<number, Error>();
	const continueOnFail = ctx.continueOnFail();
	let next = 0;

	const worker = async () => {
		while (next < count && failures.size === 0) {
			const itemIndex = next++;
			try {
				results[itemIndex] = toItems(await handler(itemIndex), itemIndex);
			} catch (caught) {
				const error = asNodeError(ctx, caught, itemIndex);
				if (!continueOnFail) failures.set(itemIndex, error);
				else results[itemIndex] = [errorItem(error, itemIndex)];
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, count));
	await Promise.all(Array.from({ length: workers }, worker));

	if (failures.size > 0) throw failures.get(Math.min(...failures.keys()));
	return [results.flat()];
}

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	if (result instanceof WithBinary) return [{ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } }];
	const records = Array.isArray(result) ? result : [result];
	return records.map((json) => ({ json: isObject(json) ? json : { value: json }, pairedItem: { item: itemIndex } }));
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error instanceof NodeApiError && error.httpCode) json.statusCode = Number(error.httpCode);
	if (error.description) json.description = error.description;
	return { json, pairedItem: { item: itemIndex } };
}
