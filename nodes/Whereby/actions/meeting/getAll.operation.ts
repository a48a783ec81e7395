import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { wherebyList } from '../../transport';
import { meetingOptions } from './fields';
import { urlFieldsQuery } from './helpers';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many meetings',
	description: 'List the meetings of the organization',
	properties: [...returnAllLimit(), meetingOptions],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#get-meetings */
	async execute(this: IExecuteFunctions, i: number) {
		return await wherebyList(this, i, '/meetings', urlFieldsQuery(this, i), readLimit(this, i));
	},
};
