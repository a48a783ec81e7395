import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { vecTalk } from '../../transport';

const callIdField: INodeProperties = {
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. wacid.HBgLMTIzNDU2Nzg5MDEVAgARGBI...',
	description: 'ID of the call, as in the ID field of a connect event from the VecTalk Trigger',
};

export const terminate: Operation = {
	name: 'Terminate',
	action: 'Terminate a call',
	description: 'End an active WhatsApp call',
	properties: [callIdField],
	/** https://docs.vectalk.com.br/api-reference/calls/terminate */
	async execute(this: IExecuteFunctions, i: number) {
		const callId = requiredId(this, i, callIdField);
		const answer = await vecTalk.request<IDataObject | undefined>(this, i, {
			method: 'POST',
			path: '/api/calls/terminate',
			body: { call_id: callId },
			subject: `call "${callId}"`,
		});
		if (answer?.success === false) {
			throw new NodeOperationError(
				this.getNode(),
				`VecTalk did not terminate call "${callId}" (item ${i})`,
				{
					itemIndex: i,
					description: 'VecTalk answered success: false. The call may have ended already.',
				},
			);
		}
		return { success: true, callId };
	},
};
