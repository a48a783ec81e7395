import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, idLocator } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { pathId } from '../../../shared/validation';

export const meetingIdField = withSchema(
	idLocator({
		name: 'meetingId',
		displayName: 'Meeting ID',
		description: 'The meeting, as returned by Create or Get Many',
		placeholder: 'e.g. 52755922',
		searchListMethod: 'searchMeetings',
	}),
	pathId,
);

export const urlFieldOptions = [
	{
		name: 'Host Room URL',
		value: 'hostRoomUrl',
		description: 'A link that makes whoever opens it a host',
	},
	{
		name: 'Viewer Room URL',
		value: 'viewerRoomUrl',
		description: 'A link that joins without camera and microphone',
	},
];

/** The optional `fields` of meeting reads: extra URLs to include in the response. */
export const meetingOptions: INodeProperties = fieldsCollection('options', [
	{
		displayName: 'Include URLs',
		name: 'fields',
		type: 'multiOptions',
		options: urlFieldOptions,
		default: [],
		description: 'Extra room URLs to include; they are not returned unless asked for',
	},
]);
