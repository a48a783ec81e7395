import type { INodeProperties } from 'n8n-workflow';

import { withSchema } from '../../../shared/fields';
import { nonEmptyString } from '../../../shared/validation';

export const binaryPropertyField = withSchema(
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the image',
		displayOptions: { show: { source: ['binary'] } },
	},
	nonEmptyString,
);

/** Image or preset, for the room background and the knock page background. */
export const backgroundSourceField: INodeProperties = {
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
};

export const paletteField: INodeProperties = {
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
};

export const themeField: INodeProperties = {
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
};
