import { storedKind } from '../../fields';

export const recordingKind = storedKind('recording', 'recordings', {
	description: 'The recording, as returned by Get Many or the Recording Finished trigger event',
	placeholder: 'e.g. a56f6ad7-37fe-4a37-9319-3174630ba57a',
	searchListMethod: 'searchRecordings',
});
