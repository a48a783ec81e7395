import { listOperation } from '../stored';
import { recordingKind } from './fields';

/** GET /recordings: https://docs.whereby.com/reference/whereby-rest-api-reference/recordings */
export const getAll = listOperation(recordingKind, {
	roomNameFilter: true,
	sortFields: [
		['startDate', 'Start Date'],
		['roomName', 'Room Name'],
		['duration', 'Duration'],
		['sizeInMegaBytes', 'Size'],
	],
});
