import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { readCollection, readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { meetingItem } from '../../meeting';
import { hostLinkField, meetingIdField, providerOf } from './fields';

const options = fieldsCollection('options', [
	hostLinkField(
		'Whether to include the link with host rights where the provider can give it again (Whereby only; null elsewhere)',
	),
]);

export const get: Operation = {
	name: 'Get',
	action: 'Get a meeting',
	description: 'Get a meeting by the meetingId that Create returned, in the same shape as Create',
	properties: [meetingIdField, options],
	async execute(this: IExecuteFunctions, i: number) {
		const { provider, meetings } = providerOf(this, i);
		const meetingId = readField(this, i, meetingIdField);
		const hostLink = readCollection(this, i, options).hostLink === true;
		return meetingItem(provider, await meetings.get(this, i, meetingId, hostLink));
	},
};
