import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readField, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { pathId } from '../../../shared/validation';
import { whereby } from '../../transport';

const roomSessionId = withSchema(
	{
		displayName: 'Room Session ID',
		name: 'roomSessionId',
		type: 'string',
		required: true,
		default: '',
		description: 'The session, from Get Room Sessions or a trigger event',
	},
	pathId,
);

const participantId = withSchema(
	{
		displayName: 'Participant ID',
		name: 'participantId',
		type: 'string',
		required: true,
		default: '',
		description: 'The participant, from Get Participants or a trigger event',
	},
	pathId,
);

export const getParticipant: Operation = {
	name: 'Get Participant',
	action: 'Get call quality of a participant',
	description:
		'Get the call-quality samples (packet loss, bitrates) of one participant in a session, one item per sample',
	properties: [roomSessionId, participantId],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const session = readField<string>(this, i, roomSessionId);
		const participant = readField<string>(this, i, participantId);
		const samples = await whereby.request<unknown>(this, i, {
			method: 'GET',
			path: '/insights/participant',
			qs: { roomSessionId: session, participantId: participant },
			subject: `participant "${participant}" in session "${session}"`,
		});
		// Whereby answers with an array of samples: one output item each.
		return Array.isArray(samples) ? (samples as IDataObject[]) : [samples as IDataObject];
	},
};
