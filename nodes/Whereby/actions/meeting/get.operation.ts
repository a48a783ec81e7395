import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { whereby } from '../../transport';
import { meetingIdField, meetingOptions, readFields } from './fields';

export const get: Operation = {
	name: 'Get',
	action: 'Get a meeting',
	description: 'Get a meeting by its ID',
	properties: [meetingIdField, meetingOptions],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#get-meetings-meetingid */
	async execute(this: IExecuteFunctions, i: number) {
		const meetingId = requiredId(this, i, { name: 'meetingId', displayName: 'Meeting ID' });
		return await whereby.request(this, i, {
			method: 'GET',
			path: apiPath`/meetings/${meetingId}`,
			qs: readFields(this, i),
			subject: `meeting "${meetingId}"`,
		});
	},
};
