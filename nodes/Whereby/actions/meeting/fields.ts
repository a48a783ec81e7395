import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../../shared/descriptions';

export const meetingIdField: INodeProperties = idLocator({
	name: 'meetingId',
	displayName: 'Meeting ID',
	description: 'The meeting, as returned by Create or Get Many',
	placeholder: 'e.g. 52755922',
	searchListMethod: 'searchMeetings',
});

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
export const meetingOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Include URLs',
			name: 'fields',
			type: 'multiOptions',
			options: urlFieldOptions,
			default: [],
			description: 'Extra room URLs to include; they are not returned unless asked for',
		},
	],
};

/** `fields=hostRoomUrl,viewerRoomUrl` as Whereby expects it (comma separated, not repeated). */
export function readFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const fields = ctx.getNodeParameter('options.fields', i, []) as string[];
	return fields.length > 0 ? { fields: fields.join(',') } : {};
}
