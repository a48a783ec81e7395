import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { oneOf, param } from '../../../shared/validation';
import {
	backgroundProperties,
	imageUpload,
	PALETTES,
	putTheme,
	readRoomName,
	roomNameField,
	THEMES,
} from './fields';

const source = { name: 'source', displayName: 'Source' };

/** The room background and the knock page background take the same image or preset. */
export function backgroundOperation(part: string, what: string): Operation {
	return {
		name: `Set ${what.replace(/\b\w/g, (c) => c.toUpperCase())}`,
		action: `Set the ${what} of a room`,
		description: `Set the ${what} of a room to an image or a preset`,
		properties: [roomNameField, ...backgroundProperties],
		async execute(this: IExecuteFunctions, i: number) {
			const roomName = readRoomName(this, i);
			if (param(this, i, source, oneOf(['binary', 'preset'])) === 'binary') {
				const upload = await imageUpload(this, i);
				await putTheme(this, i, roomName, part, upload.body, upload.headers);
				return {
					success: true,
					roomName,
					image: { fileName: upload.fileName, bytes: upload.bytes },
				};
			}
			const palette = param(this, i, { name: 'palette', displayName: 'Palette' }, oneOf(PALETTES));
			const theme = param(this, i, { name: 'theme', displayName: 'Theme' }, oneOf(THEMES));
			await putTheme(this, i, roomName, part, { palette, theme });
			return { success: true, roomName, palette, theme };
		},
	};
}
