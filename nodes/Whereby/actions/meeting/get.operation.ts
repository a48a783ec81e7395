import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { meetingIdField, meetingOptions, readFields } from './fields';
import { getMeeting } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a meeting',
	description: 'Get a meeting by its ID',
	properties: [meetingIdField, meetingOptions],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#get-meetings-meetingid */
	async execute(this: IExecuteFunctions, i: number) {
		const meetingId = requiredId(this, i, { name: 'meetingId', displayName: 'Meeting ID' });
		return await getMeeting(this, i, meetingId, readFields(this, i));
	},
};
