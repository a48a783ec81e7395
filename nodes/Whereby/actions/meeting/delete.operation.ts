import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { meetingIdField } from './fields';
import { removeMeeting } from './helpers';

export const deleteMeeting: Operation = {
	name: 'Delete',
	action: 'Delete a meeting',
	description: 'Delete a meeting and its room; deleting it again also succeeds',
	properties: [meetingIdField],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#delete-meetings-meetingid */
	async execute(this: IExecuteFunctions, i: number) {
		const meetingId = readField<string>(this, i, meetingIdField);
		await removeMeeting(this, i, meetingId);
		return { deleted: true, meetingId };
	},
};
