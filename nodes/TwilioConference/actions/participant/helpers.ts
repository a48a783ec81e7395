import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionField, readField } from '../../../shared/fields';
import { invalidField } from '../../../shared/validation';
import { conferenceSidField } from '../../fields';
import type { Target } from '../../transport';
import { callSidField } from './fields';

/** The item's participant (Call SID or label) and its conference, checked: what Get, Update and Delete act on. */
export function participantTarget(ctx: IExecuteFunctions, i: number): Target & { callSid: string } {
	const conference = readField(ctx, i, conferenceSidField);
	const callSid = readField(ctx, i, callSidField);
	return {
		callSid,
		parts: [conference, 'Participants', callSid],
		subject: `participant "${callSid}" in conference "${conference}"`,
	};
}

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
