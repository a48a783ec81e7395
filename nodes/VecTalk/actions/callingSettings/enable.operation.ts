import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { postCalling } from './update.operation';

export const enable: Operation = {
	name: 'Enable',
	action: 'Enable calling',
	description: 'Turn WhatsApp calling on for the phone number of the credential',
	properties: [],
	/** https://docs.vectalk.com.br/api-reference/calls/settings */
	async execute(this: IExecuteFunctions, i: number) {
		return await postCalling(this, i, { status: 'enabled' });
	},
};
