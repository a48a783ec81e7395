import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { oneOf, param } from '../../../shared/validation';
import { binaryPropertyField, imageUpload, putTheme, readRoomName, roomNameField } from './fields';

export const setLogo: Operation = {
	name: 'Set Logo',
	action: 'Set the logo of a room',
	description: 'Set the logo of a room to an image, or reset it to the default',
	properties: [
		roomNameField,
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{
					name: 'Image From Binary Data',
					value: 'binary',
					description: 'A PNG at least 400 px wide is recommended',
				},
				{
					name: 'Reset to Default',
					value: 'default',
					description: "Show the organization's default logo",
				},
			],
			default: 'binary',
		},
		binaryPropertyField,
	],
	/** PUT /rooms/{roomName}/theme/logo: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const roomName = readRoomName(this, i);
		if (
			param(this, i, { name: 'source', displayName: 'Source' }, oneOf(['binary', 'default'])) ===
			'default'
		) {
			await putTheme(this, i, roomName, 'logo', { theme: 'default' });
			return { success: true, roomName, logo: 'default' };
		}
		const upload = await imageUpload(this, i);
		await putTheme(this, i, roomName, 'logo', upload.body, upload.headers);
		return { success: true, roomName, image: { fileName: upload.fileName, bytes: upload.bytes } };
	},
};
