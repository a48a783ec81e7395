import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { nonEmptyString, oneOf } from '../../../shared/validation';
import { dateFilterNames, dateFilters } from '../../fields';
import { dateFilterSpecs, readCollection } from '../../params';
import { accountSid, twilio, twilioPaging } from '../../transport';
import { CONFERENCE_FIELDS } from '../../simplify';

const STATUSES = ['init', 'in-progress', 'completed'] as const;

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		...dateFilters('dateCreated', 'conferences'),
		...dateFilters('dateUpdated', 'conferences'),
		{
			displayName: 'Friendly Name',
			name: 'friendlyName',
			type: 'string',
			default: '',
			description: 'Only conferences with exactly this name',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Completed', value: 'completed' },
				{ name: 'In Progress', value: 'in-progress' },
				{
					name: 'Init',
					value: 'init',
					description: 'Not yet started: fewer than two participants',
				},
			],
			default: 'in-progress',
		},
	],
};

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many conferences',
	simplify: CONFERENCE_FIELDS,
	description: 'List the conferences of the account, newest first',
	properties: [...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-resource#read-multiple-conference-resources */
	async execute(this: IExecuteFunctions, i: number) {
		const zone = this.getTimezone();
		const qs = readCollection(
			this,
			i,
			'filters',
			{
				...dateFilterSpecs('dateCreated', zone),
				...dateFilterSpecs('dateUpdated', zone),
				friendlyName: { displayName: 'Friendly Name', schema: nonEmptyString },
				status: { displayName: 'Status', schema: oneOf(STATUSES) },
			},
			{ ...dateFilterNames('dateCreated'), ...dateFilterNames('dateUpdated') },
		);
		const account = await accountSid(this, i);
		const request = {
			method: 'GET' as const,
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences.json`,
			qs,
		};
		return await collect(twilio, this, i, request, twilioPaging('conferences'), readLimit(this, i));
	},
};
