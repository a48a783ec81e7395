import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { actionSubtitle, describeResources, executeResources } from '../shared/operations';
import { resources } from './actions/resources';

export class VecTalk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VecTalk',
		name: 'vecTalk',
		icon: { light: 'file:vectalk.svg', dark: 'file:vectalk.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: actionSubtitle(resources),
		description:
			'Manage WhatsApp Business calling through VecTalk: calling settings, call hours, and ending calls',
		defaults: { name: 'VecTalk' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'vecTalkApi', required: true }],
		properties: describeResources(resources, 'callingSettings'),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
