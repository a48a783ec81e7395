import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { vecTalk } from '../../transport';
import { callingUpdate } from './body';
import { SETTINGS_PATH } from './paths';
import { updateFields } from './update.fields';

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

export const update: Operation = {
	name: 'Update',
	action: 'Update calling settings',
	description:
		'Change the calling settings of the phone number of the credential; only the fields you add are sent',
	properties: [updateFields],
	/** https://docs.vectalk.com.br/api-reference/calls/settings (Meta: POST /<PHONE_NUMBER_ID>/settings) */
	async execute(this: IExecuteFunctions, i: number) {
		const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
		return await postCalling(this, i, callingUpdate(this, i, fields));
	},
};
