import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionField } from '../../../shared/fields';
import { invalidField } from '../../../shared/validation';

/** Twilio requires the Call SID to Coach whenever Coaching is switched on. */
export function checkCoaching(
	ctx: IExecuteFunctions,
	i: number,
	collection: INodeProperties,
	fields: IDataObject,
) {
	if (fields.coaching === true && !fields.callSidToCoach) {
		const field = collectionField(collection, 'callSidToCoach');
		throw invalidField(ctx, i, field, 'required when Coaching is on');
	}
}
