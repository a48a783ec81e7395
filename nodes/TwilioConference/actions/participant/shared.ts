import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { param } from '../../../shared/validation';
import { callSidOrLabel, conferenceSid } from '../../schemas';

/** The conference SID and the participant's Call SID or label of the item, both checked. */
export function participantIds(ctx: IExecuteFunctions, i: number) {
	return {
		conference: param(ctx, i, { name: 'conferenceSid', displayName: 'Conference' }, conferenceSid),
		call: param(ctx, i, { name: 'callSid', displayName: 'Participant' }, callSidOrLabel),
	};
}

/** Twilio requires the Call SID to Coach whenever Coaching is switched on. */
export function checkCoaching(ctx: IExecuteFunctions, i: number, body: IDataObject) {
	if (body.Coaching === true && !body.CallSidToCoach) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Invalid "Call SID to Coach" (callSidToCoach) in item ${i}: required when Coaching is on`,
			{
				itemIndex: i,
				description: 'Fix the value of this field; nothing was sent to the provider.',
			},
		);
	}
}
