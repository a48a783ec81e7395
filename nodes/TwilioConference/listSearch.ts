import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems } from 'n8n-workflow';

import { searchPage } from '../shared/listSearch';
import { apiPath } from '../shared/transport/client';
import { accountSid, twilio, twilioPaging } from './transport';

type TwilioList = 'conferences' | 'participants' | 'recordings';

/** The list below the conference chosen in the node; none while no conference is chosen. */
function conferencePath(
	ctx: ILoadOptionsFunctions,
	account: string,
	list: 'participants' | 'recordings',
): string | undefined {
	const chosen = ctx.getCurrentNodeParameter('conferenceSid', { extractValue: true });
	const conference = String(chosen ?? '').trim();
	if (!conference) return undefined;
	const base = apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}`;
	return `${base}/${list === 'participants' ? 'Participants' : 'Recordings'}.json`;
}

/** A "From List" search over a Twilio list, 50 records a page, paged as its Get Many pages. */
const search = (list: TwilioList, toResult: (row: IDataObject) => INodeListSearchItems) =>
	async function (this: ILoadOptionsFunctions, filter?: string, token?: string) {
		const account = await accountSid(this, 0);
		const path =
			list === 'conferences'
				? apiPath`/2010-04-01/Accounts/${account}/Conferences.json`
				: conferencePath(this, account, list);
		if (!path) return { results: [] };
		return await searchPage(
			this,
			{
				client: twilio,
				request: { method: 'GET', path },
				paging: twilioPaging(list),
				pageSize: 50,
				toResult,
				matchOn: (_, r) => `${r.name} ${r.value}`,
			},
			filter,
			token,
		);
	};

export const searchConferences = search('conferences', (c) => ({
	name: `${c.friendly_name ?? c.sid} (${c.status ?? '?'}, ${c.date_created ?? '?'})`,
	value: String(c.sid),
}));

export const searchParticipants = search('participants', (p) => ({
	name: `${p.label ?? p.call_sid} (${p.status ?? '?'})`,
	value: String(p.call_sid),
}));

export const searchRecordings = search('recordings', (r) => ({
	name: `${r.sid} (${r.status ?? '?'}, ${r.date_created ?? '?'})`,
	value: String(r.sid),
}));
