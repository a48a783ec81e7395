import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { actionSubtitle, describeResources, executeResources } from '../shared/operations';
import { resources } from './actions/resources';
import { searchCalls } from './listSearch';

export class Videochamada implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Videochamada.com.br',
		name: 'videochamada',
		icon: { light: 'file:videochamada.svg', dark: 'file:videochamada.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: actionSubtitle(resources),
		description:
			'Create videochamada.com.br call links, follow their status and participants, and get recordings',
		defaults: { name: 'Videochamada.com.br' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'videochamadaApi', required: true }],
		properties: describeResources(resources, 'call'),
	};

	methods = { listSearch: { searchCalls } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
