import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { actionSubtitle, describeResources, executeResources } from '../shared/operations';
import { resources } from './actions/resources';
import { searchRooms } from './listSearch';

export class Pagecall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pagecall',
		name: 'pagecall',
		icon: { light: 'file:pagecall.svg', dark: 'file:pagecall.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: actionSubtitle(resources),
		description: 'Create and manage Pagecall meeting rooms, members, users and sessions',
		defaults: { name: 'Pagecall' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'pagecallApi', required: true }],
		properties: describeResources(resources, 'room'),
	};

	methods = { listSearch: { searchRooms } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
