import type { IBinaryData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { isBinaryValue } from 'n8n-workflow';
import { z } from 'zod';

import { isMediaType, multipartBody } from '../../../shared/transport/multipart';
import { check, nonEmptyString, param } from '../../../shared/validation';
import { whereby } from '../../transport';
import { roomName, roomNameDescription } from '../common';
import { apiPath } from '../../../shared/transport/client';

export const roomNameField: INodeProperties = {
	displayName: 'Room Name',
	name: 'roomName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. /team-standup',
	description: roomNameDescription,
};

export const readRoomName = (ctx: IExecuteFunctions, i: number) =>
	param(ctx, i, { name: 'roomName', displayName: 'Room Name' }, roomName);

/** PUT /rooms/{roomName}/theme/<part>; the room name keeps its slash, percent-encoded as %2F. */
export async function putTheme(
	ctx: IExecuteFunctions,
	i: number,
	room: string,
	part: string,
	body: IDataObject | Buffer,
	headers?: Record<string, string>,
) {
	await whereby.request(ctx, i, {
		method: 'PUT',
		path: `${apiPath`/rooms/${room}`}/theme/${part}`,
		body,
		headers,
		subject: `room "${room}"`,
	});
}

export const binaryPropertyField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the input binary field holding the image',
	displayOptions: { show: { source: ['binary'] } },
};

const binaryField = { name: 'binaryPropertyName', displayName: 'Input Binary Field' };

/** The image of the item's binary field as a multipart body with the file in field `image`. */
export async function imageUpload(ctx: IExecuteFunctions, i: number) {
	const name = param(ctx, i, binaryField, nonEmptyString);
	const item = ctx.getInputData()[i];
	const available = Object.keys(item?.binary ?? {});
	// Workflows in n8n's "combined" binary mode keep binary values inside the JSON.
	const value =
		item?.binary?.[name] ?? (isBinaryValue(item?.json?.[name]) ? item.json[name] : undefined);
	const present = z.custom<IBinaryData>((b) => typeof b === 'object' && b !== null, {
		message: available.length
			? `the item has no binary field "${name}" (it has: ${available.join(', ')})`
			: `the item has no binary data; expected a binary field "${name}"`,
	});
	const binary = check(ctx, i, binaryField, present, value);
	const mimeType = String(binary.mimeType ?? '');
	const image = z.custom<IBinaryData>(
		() => isMediaType(mimeType) && mimeType.startsWith('image/'),
		{
			message: `"${name}" is not an image (MIME type ${mimeType ? JSON.stringify(mimeType) : 'unknown'}); use a PNG or JPEG`,
		},
	);
	check(ctx, i, binaryField, image, binary);
	const bytes = await ctx.helpers.getBinaryDataBuffer(i, name);
	const fileName = binary.fileName ?? `image.${binary.fileExtension ?? 'png'}`;
	const form = multipartBody([
		{ field: 'image', value: bytes, filename: fileName, contentType: binary.mimeType },
	]);
	return {
		body: form.body,
		headers: { 'Content-Type': form.contentType },
		fileName,
		bytes: bytes.length,
	};
}

export const PALETTES = ['default', 'grey', 'purple', 'burgund'] as const;
export const THEMES = ['default', 'mountains', 'characters', 'rocks'] as const;

/** Image or preset, for the room background and the knock page background. */
export const backgroundProperties: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'Image From Binary Data',
				value: 'binary',
				description: 'A PNG at least 1400 px wide, at most 600 kB',
			},
			{
				name: 'Preset',
				value: 'preset',
				description: "One of Whereby's colours and pictures, or the default",
			},
		],
		default: 'binary',
	},
	binaryPropertyField,
	{
		displayName: 'Palette',
		name: 'palette',
		type: 'options',
		options: [
			{ name: 'Burgundy', value: 'burgund' },
			{ name: 'Default', value: 'default' },
			{ name: 'Grey', value: 'grey' },
			{ name: 'Purple', value: 'purple' },
		],
		default: 'default',
		description: 'Background colour',
		displayOptions: { show: { source: ['preset'] } },
	},
	{
		displayName: 'Theme',
		name: 'theme',
		type: 'options',
		options: [
			{ name: 'Characters', value: 'characters' },
			{ name: 'Default', value: 'default' },
			{ name: 'Mountains', value: 'mountains' },
			{ name: 'Rocks', value: 'rocks' },
		],
		default: 'default',
		description: 'Background picture',
		displayOptions: { show: { source: ['preset'] } },
	},
];
