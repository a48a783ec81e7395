import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { isBinaryValue } from 'n8n-workflow';
import { z } from 'zod';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { isMediaType, multipartBody } from '../../../shared/transport/multipart';
import { check } from '../../../shared/validation';
import { roomNameField } from '../../fields';
import { whereby } from '../../transport';
import { backgroundSourceField, binaryPropertyField, paletteField, themeField } from './fields';

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

/** The image of the item's binary field as a multipart body with the file in field `image`. */
export async function imageUpload(ctx: IExecuteFunctions, i: number) {
	const name = readField<string>(ctx, i, binaryPropertyField);
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
	const binary = check(ctx, i, binaryPropertyField, present, value);
	const mimeType = String(binary.mimeType ?? '');
	const image = z.custom<IBinaryData>(
		() => isMediaType(mimeType) && mimeType.startsWith('image/'),
		{
			message: `"${name}" is not an image (MIME type ${mimeType ? JSON.stringify(mimeType) : 'unknown'}); use a PNG or JPEG`,
		},
	);
	check(ctx, i, binaryPropertyField, image, binary);
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

/** The room background and the knock page background take the same image or preset. */
export function backgroundOperation(part: string, what: string): Operation {
	return {
		name: `Set ${what.replace(/\b\w/g, (c) => c.toUpperCase())}`,
		action: `Set the ${what} of a room`,
		description: `Set the ${what} of a room to an image or a preset`,
		properties: [
			roomNameField,
			backgroundSourceField,
			binaryPropertyField,
			paletteField,
			themeField,
		],
		async execute(this: IExecuteFunctions, i: number) {
			const roomName = readField<string>(this, i, roomNameField);
			if (readField<string>(this, i, backgroundSourceField) === 'binary') {
				const upload = await imageUpload(this, i);
				await putTheme(this, i, roomName, part, upload.body, upload.headers);
				return {
					success: true,
					roomName,
					image: { fileName: upload.fileName, bytes: upload.bytes },
				};
			}
			const palette = readField<string>(this, i, paletteField);
			const theme = readField<string>(this, i, themeField);
			await putTheme(this, i, roomName, part, { palette, theme });
			return { success: true, roomName, palette, theme };
		},
	};
}
