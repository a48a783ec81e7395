import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { vecTalk } from '../../transport';

/** The calling settings of the credential's phone number (GET reads them, POST changes them). */
export const SETTINGS_PATH = '/api/phone-numbers/settings';

/** Sends `{ calling }` and returns VecTalk's answer (`{ success: true }` when it sends no body). */
export async function postCalling(
	ctx: IExecuteFunctions,
	i: number,
	calling: IDataObject,
): Promise<IDataObject> {
	const answer = await vecTalk.request<IDataObject | string | undefined>(ctx, i, {
		method: 'POST',
		path: SETTINGS_PATH,
		body: { calling },
	});
	return answer && typeof answer === 'object' && Object.keys(answer).length
		? answer
		: { success: true };
}

/** Enable or Disable: turns WhatsApp calling on or off for the phone number of the credential. */
export function switchCalling(status: 'enabled' | 'disabled'): Operation {
	const [verb, onOff] = status === 'enabled' ? ['Enable', 'on'] : ['Disable', 'off'];
	return {
		name: verb,
		action: `${verb} calling`,
		description: `Turn WhatsApp calling ${onOff} for the phone number of the credential`,
		properties: [],
		/** https://docs.vectalk.com.br/api-reference/calls/settings */
		async execute(this: IExecuteFunctions, i: number) {
			return await postCalling(this, i, { status });
		},
	};
}
