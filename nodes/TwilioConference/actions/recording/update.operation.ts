import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { oneOf, param } from '../../../shared/validation';
import { conferenceSidField, recordingSidField } from '../../fields';
import { readCollection } from '../../params';
import { accountSid, twilio } from '../../transport';
import { recordingIds } from './shared';

const STATUSES = ['in-progress', 'paused', 'stopped'] as const;

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

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
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
	],
};

export const update: Operation = {
	name: 'Update',
	action: 'Pause, resume or stop a conference recording',
	description: 'Pause, resume or stop a recording; Twilio.CURRENT targets the active one',
	properties: [conferenceSidField, recordingSidField, status, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource#update-a-conferencerecording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, recording } = recordingIds(this, i, true);
		const Status = param(this, i, { name: 'status', displayName: 'Status' }, oneOf(STATUSES));
		const fields = readCollection(this, i, 'updateFields', {
			pauseBehavior: { displayName: 'Pause Behavior', schema: oneOf(['skip', 'silence']) },
		});
		if (fields.PauseBehavior !== undefined && Status !== 'paused') {
			throw new NodeOperationError(
				this.getNode(),
				`Invalid "Pause Behavior" (pauseBehavior) in item ${i}: only allowed with Status "paused"`,
				{
					itemIndex: i,
					description: 'Fix the value of this field; nothing was sent to the provider.',
				},
			);
		}
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'POST',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Recordings/${recording}.json`,
			body: { Status, ...fields },
			subject: `recording "${recording}" of conference "${conference}"`,
		});
	},
};
