import { idLocator } from '../../../shared/descriptions';
import type { Stored } from '../stored';

export const recordingKind: Stored = {
	noun: 'recording',
	plural: 'recordings',
	path: '/recordings',
	id: { name: 'recordingId', displayName: 'Recording ID' },
	locator: idLocator({
		name: 'recordingId',
		displayName: 'Recording ID',
		description: 'The recording, as returned by Get Many or the Recording Finished trigger event',
		placeholder: 'e.g. a56f6ad7-37fe-4a37-9319-3174630ba57a',
		searchListMethod: 'searchRecordings',
	}),
};
