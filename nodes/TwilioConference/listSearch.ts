import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { apiPath } from '../shared/transport/client';
import { accountSid, twilio } from './transport';

type Row = {
	sid?: string;
	call_sid?: string;
	friendly_name?: string;
	label?: string;
	status?: string;
	date_created?: string;
};

/** One page of a Twilio list for a "From List" mode; the token is Twilio's next_page_uri. */
async function search(
	ctx: ILoadOptionsFunctions,
	firstPath: string,
	itemsKey: string,
	toResult: (row: Row) => { name: string; value: string },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await twilio.request<IDataObject>(ctx, 0, {
		method: 'GET',
		path: paginationToken ?? firstPath,
		qs: paginationToken ? undefined : { PageSize: 50 },
	});
	const rows = (page[itemsKey] as Row[] | undefined) ?? [];
	const results = rows
		.map(toResult)
		.filter((r) => !filter || `${r.name} ${r.value}`.toLowerCase().includes(filter.toLowerCase()));
	const next = page.next_page_uri;
	return { results, paginationToken: typeof next === 'string' && next ? next : undefined };
}

const currentConference = (ctx: ILoadOptionsFunctions) =>
	String(ctx.getCurrentNodeParameter('conferenceSid', { extractValue: true }) ?? '').trim();

export async function searchConferences(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	const account = await accountSid(this, 0);
	return await search(
		this,
		apiPath`/2010-04-01/Accounts/${account}/Conferences.json`,
		'conferences',
		(c) => ({
			name: `${c.friendly_name ?? c.sid} (${c.status ?? '?'}, ${c.date_created ?? '?'})`,
			value: String(c.sid),
		}),
		filter,
		token,
	);
}

export async function searchParticipants(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	const account = await accountSid(this, 0);
	const conference = currentConference(this);
	if (!conference) return { results: [] };
	return await search(
		this,
		apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants.json`,
		'participants',
		(p) => ({
			name: `${p.label ?? p.call_sid} (${p.status ?? '?'})`,
			value: String(p.call_sid),
		}),
		filter,
		token,
	);
}

export async function searchRecordings(
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) {
	const account = await accountSid(this, 0);
	const conference = currentConference(this);
	if (!conference) return { results: [] };
	return await search(
		this,
		apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Recordings.json`,
		'recordings',
		(r) => ({
			name: `${r.sid} (${r.status ?? '?'}, ${r.date_created ?? '?'})`,
			value: String(r.sid),
		}),
		filter,
		token,
	);
}
