import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { requiredId } from '../../../shared/validation';
import { whereby } from '../../transport';

export const getParticipant: Operation = {
	name: 'Get Participant',
	action: 'Get call quality of a participant',
	description:
		'Get the call-quality samples (packet loss, bitrates) of one participant in a session, one item per sample',
	properties: [
		{
			displayName: 'Room Session ID',
			name: 'roomSessionId',
			type: 'string',
			required: true,
			default: '',
			description: 'The session, from Get Room Sessions or a trigger event',
		},
		{
			displayName: 'Participant ID',
			name: 'participantId',
			type: 'string',
			required: true,
			default: '',
			description: 'The participant, from Get Participants or a trigger event',
		},
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const roomSessionId = requiredId(this, i, {
			name: 'roomSessionId',
			displayName: 'Room Session ID',
		});
		const participantId = requiredId(this, i, {
			name: 'participantId',
			displayName: 'Participant ID',
		});
		const samples = await whereby.request<unknown>(this, i, {
			method: 'GET',
			path: '/insights/participant',
			qs: { roomSessionId, participantId },
			subject: `participant "${participantId}" in session "${roomSessionId}"`,
		});
		// Whereby answers with an array of samples: one output item each.
		return Array.isArray(samples) ? (samples as IDataObject[]) : [samples as IDataObject];
	},
};
