import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { describeResources, executeResources } from '../shared/operations';
import { providerField } from './actions/meeting/fields';
import { resources } from './actions/resources';

export class VideoMeeting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Video Meeting',
		name: 'videoMeeting',
		icon: { light: 'file:videoMeeting.svg', dark: 'file:videoMeeting.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["provider"]}}',
		description:
			'Create a video meeting link on Whereby, Pagecall or videochamada.com.br with the same inputs and output, get it, end it, or list who attended. Not for Twilio Conference or VecTalk: phone conferences and WhatsApp calls have no meeting link.',
		defaults: { name: 'Video Meeting' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [
			{ name: 'wherebyApi', required: true, displayOptions: { show: { provider: ['whereby'] } } },
			{ name: 'pagecallApi', required: true, displayOptions: { show: { provider: ['pagecall'] } } },
			{
				name: 'videochamadaApi',
				required: true,
				displayOptions: { show: { provider: ['videochamada'] } },
			},
		],
		properties: [providerField, ...describeResources(resources, 'meeting')],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
