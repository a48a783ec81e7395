import { listOperation } from '../stored';
import { transcriptionKind } from './fields';

/** GET /transcriptions: https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const getAll = listOperation(transcriptionKind, {
	roomNameFilter: true,
	sortFields: [
		['startDate', 'Start Date'],
		['roomName', 'Room Name'],
		['durationInSeconds', 'Duration'],
	],
});
