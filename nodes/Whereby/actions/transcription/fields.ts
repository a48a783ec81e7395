import { storedKind } from '../../fields';

export const transcriptionKind = storedKind('transcription', 'transcriptions', {
	description:
		'The transcription, as returned by Create, Get Many or a Transcription trigger event',
	placeholder: 'e.g. b438fda0-83e2-4835-92f9-c845ee3d5ea7',
	searchListMethod: 'searchTranscriptions',
});
