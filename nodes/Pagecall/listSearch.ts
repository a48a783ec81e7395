import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pagecall } from './transport';

interface RoomsPage {
	rooms?: Array<{ id: string; name?: string; type?: string }>;
	paging?: { total?: number };
}

/** Rooms for the "From List" mode of room IDs; Pagecall's name filter is exact, so matching is local. */
export async function searchRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const page = await pagecall.request<RoomsPage>(this, 0, {
		method: 'GET',
		path: '/rooms',
		qs: { offset, limit: 30 },
	});
	const rooms = page.rooms ?? [];
	const results = rooms
		.filter(
			(r) => !filter || `${r.id} ${r.name ?? ''}`.toLowerCase().includes(filter.toLowerCase()),
		)
		.map((r) => ({ name: `${r.name ?? r.id} (${r.type ?? 'room'})`, value: r.id }));
	const next = offset + rooms.length;
	const more = rooms.length > 0 && next < Number(page.paging?.total ?? 0);
	return { results, paginationToken: more ? String(next) : undefined };
}
