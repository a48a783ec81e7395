import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { attendanceSources } from '../../attendance';
import { meetingIdField, providerOf, readMeetingId } from './fields';

export const getAttendance: Operation = {
	name: 'Get Attendance',
	action: 'Get who attended a meeting',
	description:
		'List every participant visit of a meeting (who, joined, left, for how long), the same keys for every provider',
	properties: [
		{
			...meetingIdField,
			description:
				'The meetingId returned by Create or by a trigger event: a Whereby meeting ID (or its room name or room URL), a Pagecall room ID or a videochamada.com.br call ID',
		},
		...returnAllLimit(),
	],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider } = providerOf(this, i);
		const meetingId = readMeetingId(this, i);
		const limit = readLimit(this, i);
		const visits = await attendanceSources[provider].visits(this, i, meetingId, limit);
		return visits.map((v) => ({ provider, meetingId, ...v }));
	},
};
