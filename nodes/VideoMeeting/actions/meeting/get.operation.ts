import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { strictBoolean, param } from '../../../shared/validation';
import { meetingItem } from '../../meeting';
import { hostLinkField, meetingIdField, providerOf, readMeetingId } from './fields';

export const get: Operation = {
	name: 'Get',
	action: 'Get a meeting',
	description: 'Get a meeting by the meetingId that Create returned, in the same shape as Create',
	properties: [
		meetingIdField,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				hostLinkField(
					'Whether to include the link with host rights where the provider can give it again (Whereby only; null elsewhere)',
				),
			],
		},
	],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider, meetings } = providerOf(this, i);
		const meetingId = readMeetingId(this, i);
		const hostLink = param(
			this,
			i,
			{ name: 'options.hostLink', displayName: 'Host Link' },
			strictBoolean,
			false,
		);
		return meetingItem(provider, await meetings.get(this, i, meetingId, hostLink));
	},
};
