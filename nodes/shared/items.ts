import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { scrubbed, scrubError, secretsOf } from './secrets';
import { isPlainObject } from './validation';

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

	const secrets = secretsOf(ctx);
	if (failures.size > 0)
		throw scrubError(
			withDoneItems(failures.get(Math.min(...failures.keys())) as Error, results),
			secrets,
		);
	// Whatever a provider quoted back of a secret is hidden in the output and the error items.
	return [results.flat().map((item) => ({ ...item, json: scrubbed(item.json, secrets) }))];
}

const ID_KEYS = [
	'id',
	'sid',
	'uuid',
	'meetingId',
	'roomId',
	'callId',
	'recordingId',
	'transcriptionId',
	'summaryId',
];

/** The id of an output record, when it has one under a usual name. */
function recordId(json: IDataObject): string | undefined {
	const key = ID_KEYS.find((k) => typeof json[k] === 'string' || typeof json[k] === 'number');
	return key === undefined ? undefined : String(json[key]);
}

/**
 * The error that stops a run, telling which items had already succeeded and the ids they
 * returned, so that running again does not create them twice.
 */
function withDoneItems(error: Error, results: INodeExecutionData[][]): Error {
	const done = results.flatMap((items, index) =>
		items ? [{ index, ids: items.map((i) => recordId(i.json)).filter(Boolean) }] : [],
	);
	if (done.length === 0 || !(error instanceof NodeApiError || error instanceof NodeOperationError))
		return error;
	const shown = done
		.slice(0, 20)
		.map(({ index, ids }) =>
			ids.length > 0 ? `${index} (${ids.slice(0, 5).join(', ')})` : `${index}`,
		);
	const more = done.length > 20 ? ` and ${done.length - 20} more` : '';
	const note = `Items already done before the run stopped: ${shown.join(', ')}${more}. Running the workflow again repeats them: remove them from the input first.`;
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	if (result instanceof WithBinary)
		return [{ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } }];
	const records = Array.isArray(result) ? result : [result];
	return records.map((json) => ({
		json: isPlainObject(json) ? json : { value: json },
		pairedItem: { item: itemIndex },
	}));
}

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

function errorItem(
	error: NodeApiError | NodeOperationError,
	itemIndex: number,
): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error instanceof NodeApiError && error.httpCode) json.statusCode = Number(error.httpCode);
	if (error.description) json.description = error.description;
	return { json, pairedItem: { item: itemIndex } };
}
