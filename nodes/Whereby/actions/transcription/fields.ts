import { idLocator } from '../../../shared/descriptions';
import type { Stored } from '../stored';

export const transcriptionKind: Stored = {
	noun: 'transcription',
	plural: 'transcriptions',
	path: '/transcriptions',
	id: { name: 'transcriptionId', displayName: 'Transcription ID' },
	locator: idLocator({
		name: 'transcriptionId',
		displayName: 'Transcription ID',
		description:
			'The transcription, as returned by Create, Get Many or a Transcription trigger event',
		placeholder: 'e.g. b438fda0-83e2-4835-92f9-c845ee3d5ea7',
		searchListMethod: 'searchTranscriptions',
	}),
};
