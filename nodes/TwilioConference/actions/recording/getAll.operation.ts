import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operations';
import { collection, conferenceSidField, dateFilters } from '../../fields';
import { getMany } from '../../helpers';
import { RECORDING_FIELDS } from './fields';

const filters = collection('filters', dateFilters('dateCreated', 'recordings'));

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many conference recordings',
	simplify: RECORDING_FIELDS,
	description: 'List the recordings of a conference',
	properties: [conferenceSidField, ...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-recording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		return await getMany(this, i, 'Recordings', filters);
	},
};
