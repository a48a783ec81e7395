import type { Resource } from '../../../shared/operations';
import {
	accessLinkOperation,
	bulkDeleteOperation,
	deleteOperation,
	getOperation,
	listOperation,
} from '../../helpers';
import { recordingKind } from './fields';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const recording = {
	name: 'Recording',
	description: 'Cloud recordings of meetings',
	operations: {
		get: getOperation(recordingKind),
		getAll: listOperation(recordingKind, {
			roomNameFilter: true,
			sortFields: [
				['startDate', 'Start Date'],
				['roomName', 'Room Name'],
				['duration', 'Duration'],
				['sizeInMegaBytes', 'Size'],
			],
		}),
		delete: deleteOperation(recordingKind),
		getAccessLink: accessLinkOperation(recordingKind),
		bulkDelete: bulkDeleteOperation(recordingKind),
	},
} satisfies Resource;
