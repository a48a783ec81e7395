import type { Resource } from '../../../shared/operations';
import { disable } from './disable.operation';
import { enable } from './enable.operation';
import { get } from './get.operation';
import { update } from './update.operation';

export const callingSettings = {
	name: 'Calling Settings',
	description: 'WhatsApp calling settings of the phone number',
	operations: { get, update, enable, disable },
} satisfies Resource;
