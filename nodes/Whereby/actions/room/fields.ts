import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

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

/** The Source of a room image: the item's binary image (`image`: what Whereby wants), or `other`. */
export function sourceField(image: string, other: INodePropertyOptions): INodeProperties {
	return {
		displayName: 'Source',
		name: 'source',
		type: 'options',
		options: [{ name: 'Image From Binary Data', value: 'binary', description: image }, other],
		default: 'binary',
	};
}

/** Image or preset, for the room background and the knock page background. */
export const backgroundSourceField = sourceField('A PNG at least 1400 px wide, at most 600 kB', {
	name: 'Preset',
	value: 'preset',
	description: "One of Whereby's colours and pictures, or the default",
});

/** A preset of a background (Source: Preset); "default" unless chosen. */
const presetField = (
	displayName: string,
	name: string,
	description: string,
	options: INodePropertyOptions[],
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options,
	default: 'default',
	description,
	displayOptions: { show: { source: ['preset'] } },
});

export const paletteField = presetField('Palette', 'palette', 'Background colour', [
	{ name: 'Burgundy', value: 'burgund' },
	{ name: 'Default', value: 'default' },
	{ name: 'Grey', value: 'grey' },
	{ name: 'Purple', value: 'purple' },
]);

export const themeField = presetField('Theme', 'theme', 'Background picture', [
	{ name: 'Characters', value: 'characters' },
	{ name: 'Default', value: 'default' },
	{ name: 'Mountains', value: 'mountains' },
	{ name: 'Rocks', value: 'rocks' },
]);
