import type { Resource } from '../../../shared/operations';
import * as stored from '../../helpers';
import { create } from './create.operation';
import { transcriptionKind } from './fields';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const transcription = {
	name: 'Transcription',
	description: 'Transcripts of recordings and live transcriptions',
	operations: {
		create,
		get: stored.getOperation(transcriptionKind),
		getAll: stored.listOperation(transcriptionKind, {
			roomNameFilter: true,
			sortFields: [
				['startDate', 'Start Date'],
				['roomName', 'Room Name'],
				['durationInSeconds', 'Duration'],
			],
		}),
		delete: stored.deleteOperation(transcriptionKind),
		getAccessLink: stored.accessLinkOperation(transcriptionKind, { text: true }),
		bulkDelete: stored.bulkDeleteOperation(transcriptionKind),
	},
} satisfies Resource;
