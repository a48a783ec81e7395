import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { whereby } from './transport';

interface Meeting {
	meetingId: string;
	roomName?: string;
	endDate?: string;
}

/** Meetings for the "From List" mode of meeting IDs, newest pages first as Whereby returns them. */
export async function searchMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs = paginationToken ? { cursor: paginationToken, limit: 100 } : { limit: 100 };
	const page = await whereby.request<{ results?: Meeting[]; cursor?: string | null }>(this, 0, {
		method: 'GET',
		path: '/meetings',
		qs,
	});
	const results = (page.results ?? [])
		.filter((m) => !filter || `${m.meetingId} ${m.roomName ?? ''}`.toLowerCase().includes(filter.toLowerCase()))
		.map((m) => ({ name: `${m.roomName ?? m.meetingId} (ends ${m.endDate ?? '?'})`, value: m.meetingId }));
	return { results, paginationToken: page.cursor ?? undefined };
}
