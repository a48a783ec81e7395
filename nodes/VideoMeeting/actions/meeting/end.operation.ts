import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { meetingIdField, providerOf } from './fields';

export const end: Operation = {
	name: 'End',
	action: 'End a meeting',
	description:
		'End a meeting so that its link no longer works (Whereby: deletes the room; Pagecall: terminates the room; not possible on videochamada.com.br)',
	properties: [meetingIdField],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider, meetings } = providerOf(this, i);
		const meetingId = readField(this, i, meetingIdField);
		await meetings.end(this, i, meetingId);
		return { ended: true, provider, meetingId };
	},
};
