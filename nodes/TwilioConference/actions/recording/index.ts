import type { Resource } from '../../../shared/operations';
import { deleteOperation, getOperation } from '../../helpers';
import { recordingMember } from './fields';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** https://www.twilio.com/docs/voice/api/conference-recording-resource */
export const recording = {
	name: 'Recording',
	description: 'Recordings of a whole conference',
	operations: {
		get: getOperation(recordingMember, {
			action: 'Get a conference recording',
			description: 'Get a recording of a conference',
		}),
		getAll,
		update,
		delete: deleteOperation(recordingMember, {
			action: 'Delete a conference recording',
			description: 'Delete a recording of a conference for good',
		}),
	},
} satisfies Resource;
