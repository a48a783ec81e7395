import type { IBinaryData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationResult } from './items';
import { WithBinary } from './items';
import { downloadBinary, downloadText, utf8Text } from './transport/download';
import { readField, withSchema } from './fields';
import { readBoolean } from './parameters';
import { check, intBetween, nonEmptyString, strictBoolean } from './validation';

// The options of operations that hand out a temporary link to a stored file (a recording, a
// transcript): download the file itself, so that the next node (or an AI agent) gets the content.

const MB = 1024 * 1024;

const downloadToggle = withSchema(
	{ displayName: 'Download File', name: 'download', type: 'boolean', default: false },
	strictBoolean,
);

const binaryField = withSchema(
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { download: [true] } },
	},
	nonEmptyString,
);

/** "Download File" and the field to put it in. */
export function downloadProperties(noun: string): INodeProperties[] {
	return [
		{
			...downloadToggle,
			description: `Whether to download the ${noun} file and return it as binary data next to the link. The link is fetched without any credential.`,
		},
		binaryField,
	];
}

/** The "Max File Size (MB)" entry of an operation's Options collection. */
export const maxFileSizeOption: INodeProperties = {
	displayName: 'Max File Size (MB)',
	name: 'maxFileSizeMb',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 10240 },
	default: 512,
	description:
		'A larger file is refused: by its declared size before downloading, and by the bytes received while downloading. Only used when the file is downloaded.',
};

/** What the user asked to get besides the link. */
export interface FileRequest {
	/** The binary field for the downloaded file; undefined: no download */
	binaryPropertyName?: string;
	/** The JSON field for the file's text; undefined: no text */
	textField?: string;
	maxBytes: number;
}

/** Reads Download File, its field and Max File Size; `textParameter` names a boolean asking for the text too. */
export function readFileRequest(
	ctx: IExecuteFunctions,
	i: number,
	text?: { parameter: string; displayName: string; field: string },
): FileRequest {
	const download = readField(ctx, i, downloadToggle, false);
	const wantsText = text
		? readBoolean(ctx, i, { name: text.parameter, displayName: text.displayName }, false)
		: false;
	const size = (ctx.getNodeParameter('options', i, {}) as IDataObject).maxFileSizeMb;
	const maxMb =
		size === undefined || size === ''
			? 512
			: check(
					ctx,
					i,
					{ ...maxFileSizeOption, name: `options.${maxFileSizeOption.name}` },
					intBetween(1, 10240),
					size,
				);
	return {
		binaryPropertyName: download ? readField(ctx, i, binaryField) : undefined,
		textField: wantsText ? text?.field : undefined,
		maxBytes: maxMb * MB,
	};
}

/** The record, with the file behind `url` attached as binary data and/or text when asked for. */
export async function withFile(
	ctx: IExecuteFunctions,
	i: number,
	record: IDataObject,
	file: FileRequest & { url: string; provider: string; fileName?: string },
): Promise<OperationResult> {
	const { binaryPropertyName, textField } = file;
	if (!binaryPropertyName && !textField) return record;
	const request = {
		url: file.url,
		provider: file.provider,
		maxBytes: file.maxBytes,
		fileName: file.fileName,
	};
	if (!binaryPropertyName)
		return { ...record, [textField as string]: await downloadText(ctx, i, request) };
	const binary = await downloadBinary(ctx, i, request);
	const json = textField ? { ...record, [textField]: await textOf(ctx, binary) } : record;
	return new WithBinary(json, { [binaryPropertyName]: binary });
}

/** The text of a file already in n8n's binary data store (read once, not downloaded twice). */
async function textOf(ctx: IExecuteFunctions, binary: IBinaryData): Promise<string> {
	const bytes = binary.id
		? await ctx.helpers.binaryToBuffer(await ctx.helpers.getBinaryStream(binary.id))
		: Buffer.from(binary.data, 'base64');
	return utf8Text(bytes);
}
