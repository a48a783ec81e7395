import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { whereby, wherebyPaging } from '../../transport';
import { meetingOptions, readFields } from './fields';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many meetings',
	description: 'List the meetings of the organization',
	properties: [...returnAllLimit(), meetingOptions],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/meetings#get-meetings */
	async execute(this: IExecuteFunctions, i: number) {
		const request = { method: 'GET' as const, path: '/meetings', qs: readFields(this, i) };
		return await collect(whereby, this, i, request, wherebyPaging, readLimit(this, i));
	},
};
