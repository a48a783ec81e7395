import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { param } from '../../../shared/validation';
import { conferenceSidField, dateFilterNames, dateFilters } from '../../fields';
import { dateFilterSpecs, readCollection } from '../../params';
import { conferenceSid } from '../../schemas';
import { accountSid, twilio, twilioPaging } from '../../transport';
import { RECORDING_FIELDS } from '../../simplify';

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: dateFilters('dateCreated', 'recordings'),
};

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many conference recordings',
	simplify: RECORDING_FIELDS,
	description: 'List the recordings of a conference',
	properties: [conferenceSidField, ...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const conference = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSid,
		);
		const qs = readCollection(
			this,
			i,
			'filters',
			dateFilterSpecs('dateCreated', this.getTimezone()),
			dateFilterNames('dateCreated'),
		);
		const account = await accountSid(this, i);
		const request = {
			method: 'GET' as const,
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Recordings.json`,
			qs,
			subject: `conference "${conference}"`,
		};
		return await collect(twilio, this, i, request, twilioPaging('recordings'), readLimit(this, i));
	},
};
