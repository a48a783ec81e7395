import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionField, readCollection, readField, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { invalidField, pathId } from '../../../shared/validation';
import { collection, conferenceSidField, HEX32 } from '../../fields';
import { memberTarget } from '../../helpers';
import { conferenceRequest } from '../../transport';
import { recordingMember, recordingSidField } from './fields';

/** Update also takes `Twilio.CURRENT`, the conference's active recording. */
const recordingSidOrCurrentField = withSchema(
	{ ...recordingSidField },
	pathId.refine(
		(v) => v === 'Twilio.CURRENT' || new RegExp(`^RE${HEX32}$`).test(v),
		'must be a recording SID (RE followed by 32 hex characters) or Twilio.CURRENT',
	),
);

const status: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	required: true,
	options: [
		{ name: 'In Progress', value: 'in-progress', description: 'Resume a paused recording' },
		{ name: 'Paused', value: 'paused', description: 'Pause the recording' },
		{ name: 'Stopped', value: 'stopped', description: 'Stop the recording for good' },
	],
	default: 'paused',
};

const updateFields = collection('updateFields', [
	{
		displayName: 'Pause Behavior',
		name: 'pauseBehavior',
		type: 'options',
		options: [
			{
				name: 'Silence',
				value: 'silence',
				description: 'The paused time is recorded as silence',
			},
			{
				name: 'Skip',
				value: 'skip',
				description: 'The paused time is left out of the recording',
			},
		],
		default: 'silence',
		description: 'What the recording contains while paused; only with Status "Paused"',
	},
]);

export const update: Operation = {
	name: 'Update',
	action: 'Pause, resume or stop a conference recording',
	description: 'Pause, resume or stop a recording; Twilio.CURRENT targets the active one',
	properties: [conferenceSidField, recordingSidOrCurrentField, status, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource#update-a-conferencerecording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = memberTarget(this, i, recordingMember, recordingSidOrCurrentField);
		const body: IDataObject = {
			status: readField<string>(this, i, status),
			...readCollection(this, i, updateFields),
		};
		if (body.pauseBehavior !== undefined && body.status !== 'paused') {
			const field = collectionField(updateFields, 'pauseBehavior');
			throw invalidField(this, i, field, 'only allowed with Status "paused"');
		}
		return await conferenceRequest(this, i, 'POST', target, body);
	},
};
