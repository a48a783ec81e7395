import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { callSidField } from './fields';
import { participantTarget } from './helpers';

export const deleteParticipant: Operation = {
	name: 'Delete',
	action: 'Remove a participant from a conference',
	description: 'Kick a participant: their call leaves the conference and ends',
	properties: [conferenceSidField, callSidField],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#delete-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = participantTarget(this, i);
		await conferenceRequest(this, i, 'DELETE', target);
		return { deleted: true, callSid: target.callSid };
	},
};
