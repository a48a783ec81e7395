import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { actionSubtitle, describeResources, executeResources } from '../shared/operations';
import { resources } from './actions/resources';
import { searchConferences, searchParticipants, searchRecordings } from './listSearch';

export class TwilioConference implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Conference',
		name: 'twilioConference',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: actionSubtitle(resources),
		description:
			'Manage Twilio voice conferences: participants (add, mute, hold, coach, kick) and recordings',
		defaults: { name: 'Twilio Conference' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'twilioConferenceApi', required: true }],
		properties: describeResources(resources, 'conference'),
	};

	methods = { listSearch: { searchConferences, searchParticipants, searchRecordings } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, resources);
	}
}
