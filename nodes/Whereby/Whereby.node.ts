import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { actionSubtitle, describeResources, executeResources } from '../shared/operations';
import { resources } from './actions/resources';
import {
	searchMeetings,
	searchRecordings,
	searchSummaries,
	searchTranscriptions,
} from './listSearch';

export class Whereby implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Whereby',
		name: 'whereby',
		icon: { light: 'file:whereby.svg', dark: 'file:whereby.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: actionSubtitle(resources),
		description:
			'Create and manage Whereby meetings, recordings, transcriptions, summaries, insights and room branding',
		defaults: { name: 'Whereby' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'wherebyApi', required: true }],
		properties: describeResources(resources, 'meeting'),
	};

	methods = {
		listSearch: { searchMeetings, searchRecordings, searchTranscriptions, searchSummaries },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
