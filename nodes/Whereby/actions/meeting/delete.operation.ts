import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { requiredId } from '../../../shared/validation';
import { whereby } from '../../transport';
import { meetingIdField } from './fields';

export const deleteMeeting: Operation = {
	name: 'Delete',
	action: 'Delete a meeting',
	description: 'Delete a meeting and its room; deleting it again also succeeds',
	properties: [meetingIdField],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#delete-meetings-meetingid */
	async execute(this: IExecuteFunctions, i: number) {
		const meetingId = requiredId(this, i, { name: 'meetingId', displayName: 'Meeting ID' });
		await whereby.request(this, i, { method: 'DELETE', path: apiPath`/meetings/${meetingId}` });
		return { deleted: true, meetingId };
	},
};
