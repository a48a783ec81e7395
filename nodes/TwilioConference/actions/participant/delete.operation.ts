import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { callSidField, conferenceSidField } from '../../fields';
import { accountSid, twilio } from '../../transport';
import { participantIds } from './shared';

export const deleteParticipant: Operation = {
	name: 'Delete',
	action: 'Remove a participant from a conference',
	description: 'Kick a participant: their call leaves the conference and ends',
	properties: [conferenceSidField, callSidField],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#delete-a-participant-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const { conference, call } = participantIds(this, i);
		const account = await accountSid(this, i);
		await twilio.request(this, i, {
			method: 'DELETE',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants/${call}.json`,
			subject: `participant "${call}" in conference "${conference}"`,
		});
		return { deleted: true, callSid: call };
	},
};
