import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { strictBoolean, check } from '../../../shared/validation';
import { webhookSecret, withoutSecret } from '../../secret';
import { pagecall, roomPaging } from '../../transport';

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many rooms',
	description: 'List the rooms of the application',
	properties: [
		...returnAllLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Is Terminated',
					name: 'isTerminated',
					type: 'boolean',
					default: false,
					description:
						'Whether to return only terminated rooms (on) or only rooms still open (off)',
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
			],
		},
	],
	/** https://docs.pagecall.com/references/endpoints/List_Rooms */
	async execute(this: IExecuteFunctions, i: number) {
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const qs: IDataObject = {};
		if (typeof filters.name === 'string' && filters.name !== '') qs.name = filters.name;
		if (typeof filters.layout === 'string' && filters.layout !== '') qs.layout = filters.layout;
		if (filters.isTerminated !== undefined) {
			qs.is_terminated = check(
				this,
				i,
				{ name: 'filters.isTerminated', displayName: 'Is Terminated' },
				strictBoolean,
				filters.isTerminated,
			);
		}
		const rooms = await collect(
			pagecall,
			this,
			i,
			{ method: 'GET', path: '/rooms', qs },
			roomPaging,
			readLimit(this, i),
		);
		const secret = await webhookSecret(this);
		return rooms.map((room) => withoutSecret(room, secret));
	},
};
