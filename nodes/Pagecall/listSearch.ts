import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { searchPage } from '../shared/listSearch';
import { pagecall, roomPaging } from './transport';

/** Rooms for the "From List" mode of room IDs; Pagecall's name filter is exact, so matching is local. */
export async function searchRooms(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(
		this,
		{
			client: pagecall,
			request: { method: 'GET', path: '/rooms' },
			paging: roomPaging,
			toResult: (r) => ({ name: `${r.name ?? r.id} (${r.type ?? 'room'})`, value: String(r.id) }),
			matchOn: (r) => `${r.id} ${r.name ?? ''}`,
		},
		filter,
		token,
	);
}
