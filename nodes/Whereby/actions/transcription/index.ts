import type { Resource } from '../../../shared/operations';
import {
	accessLinkOperation,
	bulkDeleteOperation,
	deleteOperation,
	getOperation,
	listOperation,
} from '../../helpers';
import { create } from './create.operation';
import { transcriptionKind } from './fields';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/transcriptions */
export const transcription = {
	name: 'Transcription',
	description: 'Transcripts of recordings and live transcriptions',
	operations: {
		create,
		get: getOperation(transcriptionKind),
		getAll: listOperation(transcriptionKind, {
			roomNameFilter: true,
			sortFields: [
				['startDate', 'Start Date'],
				['roomName', 'Room Name'],
				['durationInSeconds', 'Duration'],
			],
		}),
		delete: deleteOperation(transcriptionKind),
		getAccessLink: accessLinkOperation(transcriptionKind, { text: true }),
		bulkDelete: bulkDeleteOperation(transcriptionKind),
	},
} satisfies Resource;
