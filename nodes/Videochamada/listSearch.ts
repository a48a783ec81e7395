import { DateTime } from 'luxon';
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { searchPage } from '../shared/listSearch';
import { callPaging, videochamada } from './transport';

/** Calls created in the last 30 days, for the "From List" mode of call IDs (100 per page). */
export async function searchCalls(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	const today = DateTime.now().setZone(this.getTimezone());
	const range = { startDate: today.minus({ days: 30 }).toISODate(), endDate: today.toISODate() };
	return await searchPage(
		this,
		{
			client: videochamada,
			request: { method: 'GET', path: '/api/calls', qs: range },
			paging: callPaging,
			toResult: (c) => ({
				name: `${c.id} (${c.status ?? '?'}, created ${c.created ?? '?'})`,
				value: String(c.id),
			}),
			matchOn: (c) => `${c.id} ${c.status ?? ''}`,
		},
		filter,
		token,
	);
}
