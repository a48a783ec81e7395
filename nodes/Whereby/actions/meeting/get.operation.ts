import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { meetingIdField, meetingOptions } from './fields';
import { getMeeting, urlFieldsQuery } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a meeting',
	description: 'Get a meeting by its ID',
	properties: [meetingIdField, meetingOptions],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#get-meetings-meetingid */
	async execute(this: IExecuteFunctions, i: number) {
		const meetingId = readField<string>(this, i, meetingIdField);
		return await getMeeting(this, i, meetingId, urlFieldsQuery(this, i));
	},
};
