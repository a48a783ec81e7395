import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { whereby } from './transport';

/** One page of a Whereby list for a "From List" mode, filtered on the text the user typed. */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	idKey: string,
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs = paginationToken ? { cursor: paginationToken, limit: 100 } : { limit: 100 };
	const page = await whereby.request<{ results?: IDataObject[]; cursor?: string | null }>(ctx, 0, {
		method: 'GET',
		path,
		qs,
	});
	const needle = filter?.toLowerCase();
	const results = (page.results ?? [])
		.map((record) => ({ name: label(record), value: String(record[idKey]) }))
		.filter((r) => !needle || `${r.value} ${r.name}`.toLowerCase().includes(needle));
	return { results, paginationToken: page.cursor ?? undefined };
}

const when = (value: unknown) =>
	typeof value === 'string' ? value.replace('T', ' ').slice(0, 16) : '?';

/** Meetings, as Whereby returns them page by page. */
export async function searchMeetings(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(
		this,
		'/meetings',
		'meetingId',
		(m) => `${m.roomName ?? m.meetingId} (ends ${m.endDate ?? '?'})`,
		filter,
		token,
	);
}

export async function searchRecordings(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	return await searchPage(
		this,
		'/recordings',
		'recordingId',
		(r) => `${r.roomName ?? r.filename ?? r.recordingId} · ${when(r.startDate)}`,
		filter,
		token,
	);
}

export async function searchTranscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	const label = (t: IDataObject) =>
		`${t.roomName ?? t.transcriptionId} · ${when(t.startDate)} (${t.state ?? '?'})`;
	return await searchPage(this, '/transcriptions', 'transcriptionId', label, filter, token);
}

export async function searchSummaries(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	const label = (s: IDataObject) =>
		`${s.roomName ?? s.summaryId} · ${s.template ?? ''} (${s.state ?? '?'})`;
	return await searchPage(this, '/summaries', 'summaryId', label, filter, token);
}
