import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { Operation } from '../../../shared/operations';
import { check, oneOf, param } from '../../../shared/validation';
import { rejected } from '../common';
import { putTheme, readRoomName, roomNameField } from './fields';

const COLORS = [
	['primary', 'Primary Color', 'Buttons and highlights'],
	['secondary', 'Secondary Color', 'Secondary elements'],
	['focus', 'Focus Color', 'The outline of focused elements'],
] as const;

const hex = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #RRGGBB, e.g. #1a73e8');

const colorFields: INodeProperties[] = COLORS.map(([name, displayName, description]) => ({
	displayName,
	name,
	type: 'color',
	default: '',
	placeholder: 'e.g. #1a73e8',
	description: `${description}, as #RRGGBB. Leave empty to keep the organization's colour.`,
	displayOptions: { show: { tokensPreset: ['custom'] } },
}));

export const setColors: Operation = {
	name: 'Set Colors',
	action: 'Set the colors of a room',
	description:
		'Set the primary, secondary and focus colours of a room, or reset them to the default',
	properties: [
		roomNameField,
		{
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
		},
		...colorFields,
	],
	/** PUT /rooms/{roomName}/theme/tokens: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const roomName = readRoomName(this, i);
		const preset = param(
			this,
			i,
			{ name: 'tokensPreset', displayName: 'Colors' },
			oneOf(['custom', 'default']),
		);
		if (preset === 'default') {
			await putTheme(this, i, roomName, 'tokens', { tokensPreset: 'default' });
			return { success: true, roomName, tokensPreset: 'default' };
		}
		const colors: IDataObject = {};
		for (const [name, displayName] of COLORS) {
			const value = this.getNodeParameter(name, i, '') as unknown;
			if (value !== '' && value !== undefined && value !== null)
				colors[name] = check(this, i, { name, displayName }, hex, value);
		}
		if (Object.keys(colors).length === 0) {
			check(
				this,
				i,
				{ name: 'primary', displayName: 'Primary Color' },
				rejected('set at least one colour, or choose Reset to Default'),
				'',
			);
		}
		await putTheme(this, i, roomName, 'tokens', { tokens: { colors }, tokensPreset: 'custom' });
		return { success: true, roomName, tokensPreset: 'custom', colors };
	},
};
