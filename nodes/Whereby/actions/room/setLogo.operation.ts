import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { roomNameField } from '../../fields';
import { binaryPropertyField, sourceField } from './fields';
import { imageUpload, putTheme } from './helpers';

const logoSource = sourceField('A PNG at least 400 px wide is recommended', {
	name: 'Reset to Default',
	value: 'default',
	description: "Show the organization's default logo",
});

export const setLogo: Operation = {
	name: 'Set Logo',
	action: 'Set the logo of a room',
	description: 'Set the logo of a room to an image, or reset it to the default',
	properties: [roomNameField, logoSource, binaryPropertyField],
	/** PUT /rooms/{roomName}/theme/logo: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const roomName = readField<string>(this, i, roomNameField);
		if (readField<string>(this, i, logoSource) === 'default') {
			await putTheme(this, i, roomName, 'logo', { theme: 'default' });
			return { success: true, roomName, logo: 'default' };
		}
		const upload = await imageUpload(this, i);
		await putTheme(this, i, roomName, 'logo', upload.body, upload.headers);
		return { success: true, roomName, image: { fileName: upload.fileName, bytes: upload.bytes } };
	},
};
