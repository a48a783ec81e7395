import type { Resource } from '../../../shared/operations';
import { get } from './get.operation';
import { switchCalling } from './helpers';
import { update } from './update.operation';

export const callingSettings = {
	name: 'Calling Settings',
	description: 'WhatsApp calling settings of the phone number',
	operations: {
		get,
		update,
		enable: switchCalling('enabled'),
		disable: switchCalling('disabled'),
	},
} satisfies Resource;
