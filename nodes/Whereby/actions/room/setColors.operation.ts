import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { readField, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { invalidField } from '../../../shared/validation';
import { roomNameField } from '../../fields';
import { putTheme } from './helpers';

/** A colour as #RRGGBB; empty means "keep the organization's colour". */
const hex = z.preprocess(
	(v) => (v === '' || v === null ? undefined : v),
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #RRGGBB, e.g. #1a73e8')
		.optional(),
);

const colorFields = (
	[
		['primary', 'Primary Color', 'Buttons and highlights'],
		['secondary', 'Secondary Color', 'Secondary elements'],
		['focus', 'Focus Color', 'The outline of focused elements'],
	] as const
).map(([name, displayName, description]) =>
	withSchema(
		{
			displayName,
			name,
			type: 'color',
			default: '',
			placeholder: 'e.g. #1a73e8',
			description: `${description}, as #RRGGBB. Leave empty to keep the organization's colour.`,
			displayOptions: { show: { tokensPreset: ['custom'] } },
		},
		hex,
	),
);

const tokensPreset: INodeProperties = {
	displayName: 'Colors',
	name: 'tokensPreset',
	type: 'options',
	options: [
		{ name: 'Custom', value: 'custom', description: 'Use the colours below' },
		{
			name: 'Reset to Default',
			value: 'default',
			description: "Use the organization's colours",
		},
	],
	default: 'custom',
};

export const setColors: Operation = {
	name: 'Set Colors',
	action: 'Set the colors of a room',
	description:
		'Set the primary, secondary and focus colours of a room, or reset them to the default',
	properties: [roomNameField, tokensPreset, ...colorFields],
	/** PUT /rooms/{roomName}/theme/tokens: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const roomName = readField<string>(this, i, roomNameField);
		if (readField<string>(this, i, tokensPreset) === 'default') {
			await putTheme(this, i, roomName, 'tokens', { tokensPreset: 'default' });
			return { success: true, roomName, tokensPreset: 'default' };
		}
		const colors: IDataObject = {};
		for (const field of colorFields) {
			const value = readField<string | undefined>(this, i, field, '');
			if (value !== undefined) colors[field.name] = value;
		}
		if (Object.keys(colors).length === 0)
			throw invalidField(
				this,
				i,
				colorFields[0],
				'set at least one colour, or choose Reset to Default',
			);
		await putTheme(this, i, roomName, 'tokens', { tokens: { colors }, tokensPreset: 'custom' });
		return { success: true, roomName, tokensPreset: 'custom', colors };
	},
};
