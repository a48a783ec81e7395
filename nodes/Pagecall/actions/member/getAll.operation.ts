import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { requiredId } from '../../../shared/validation';
import { memberPaging, pagecall } from '../../transport';
import { roomIdField } from '../../fields';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many members of a room',
	description: 'List the members of a room',
	properties: [roomIdField, ...returnAllLimit()],
	/** https://docs.pagecall.com/references/endpoints/List_Members */
	async execute(this: IExecuteFunctions, i: number) {
		const roomId = requiredId(this, i, roomIdField);
		const request = {
			method: 'GET' as const,
			path: apiPath`/rooms/${roomId}/members`,
			subject: `room "${roomId}"`,
		};
		return await collect(pagecall, this, i, request, memberPaging, readLimit(this, i));
	},
};
