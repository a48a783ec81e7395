import type { Resource } from '../../../shared/operations';
import { deleteOperation, getOperation } from '../../helpers';
import { create } from './create.operation';
import { participantMember } from './fields';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** https://www.twilio.com/docs/voice/api/conference-participant-resource */
export const participant = {
	name: 'Participant',
	description: 'Calls in a conference: add, mute, hold, coach, kick',
	operations: {
		create,
		get: getOperation(participantMember, {
			action: 'Get a participant',
			description: 'Get a participant who is in a conference now',
		}),
		getAll,
		update,
		delete: deleteOperation(participantMember, {
			action: 'Remove a participant from a conference',
			description: 'Kick a participant: their call leaves the conference and ends',
		}),
	},
} satisfies Resource;
