import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, returnAllLimit } from '../../../shared/descriptions';
import { readCollection, readLimit, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { webhookSecret, withoutSecret } from '../../secret';
import { pagecall, roomPaging } from '../../transport';

const filters = fieldsCollection('filters', [
	{
		displayName: 'Is Terminated',
		name: 'isTerminated',
		type: 'boolean',
		default: false,
		description: 'Whether to return only terminated rooms (on) or only rooms still open (off)',
	},
	{
		displayName: 'Layout',
		name: 'layout',
		type: 'string',
		default: '',
		placeholder: 'e.g. SixAll',
		description: 'Only rooms with this layout name',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only rooms with exactly this name',
	},
]);

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many rooms',
	description: 'List the rooms of the application',
	properties: [...returnAllLimit(), filters],
	/** https://docs.pagecall.com/references/endpoints/List_Rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const { name, layout, isTerminated } = readCollection(this, i, filters);
		const qs = setValues({ name, layout, is_terminated: isTerminated });
		const request = { method: 'GET' as const, path: '/rooms', qs };
		const rooms = await collect(pagecall, this, i, request, roomPaging, readLimit(this, i));
		const secret = await webhookSecret(this);
		return rooms.map((room) => withoutSecret(room, secret));
	},
};
