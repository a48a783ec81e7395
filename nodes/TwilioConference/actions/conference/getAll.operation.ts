import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { nonEmptyString } from '../../../shared/validation';
import { choice, collection, dateFilters } from '../../fields';
import { getMany } from '../../helpers';
import { CONFERENCE_FIELDS } from './fields';

const filters = collection('filters', [
	...dateFilters('dateCreated', 'conferences'),
	...dateFilters('dateUpdated', 'conferences'),
	withSchema(
		{
			displayName: 'Friendly Name',
			name: 'friendlyName',
			type: 'string',
			default: '',
			description: 'Only conferences with exactly this name',
		},
		nonEmptyString,
	),
	choice(
		'Status',
		'status',
		[
			{ name: 'Completed', value: 'completed' },
			{ name: 'In Progress', value: 'in-progress' },
			{ name: 'Init', value: 'init', description: 'Not yet started: fewer than two participants' },
		],
		'in-progress',
	),
]);

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many conferences',
	simplify: CONFERENCE_FIELDS,
	description: 'List the conferences of the account, newest first',
	properties: [...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-resource#read-multiple-conference-resources */
	async execute(this: IExecuteFunctions, i: number) {
		return await getMany(this, i, 'Conferences', filters);
	},
};
