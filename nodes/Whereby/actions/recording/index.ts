import type { Resource } from '../../../shared/operations';
import * as stored from '../../helpers';
import { recordingKind } from './fields';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const recording = {
	name: 'Recording',
	description: 'Cloud recordings of meetings',
	operations: {
		get: stored.getOperation(recordingKind),
		getAll: stored.listOperation(recordingKind, {
			roomNameFilter: true,
			sortFields: [
				['startDate', 'Start Date'],
				['roomName', 'Room Name'],
				['duration', 'Duration'],
				['sizeInMegaBytes', 'Size'],
			],
		}),
		delete: stored.deleteOperation(recordingKind),
		getAccessLink: stored.accessLinkOperation(recordingKind),
		bulkDelete: stored.bulkDeleteOperation(recordingKind),
	},
} satisfies Resource;
