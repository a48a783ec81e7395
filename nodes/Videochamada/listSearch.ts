import { DateTime } from 'luxon';
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { videochamada } from './transport';

interface CallSummary {
	id: string;
	status?: string;
	created?: string;
}

interface CallPage {
	data?: CallSummary[];
	pagination?: { totalPages?: number };
}

/** Calls created in the last 30 days, for the "From List" mode of call IDs (100 per page). */
export async function searchCalls(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const today = DateTime.now().setZone(this.getTimezone());
	const page = Number(paginationToken ?? 1);
	const body = await videochamada.request<CallPage>(this, 0, {
		method: 'GET',
		path: '/api/calls',
		qs: {
			startDate: today.minus({ days: 30 }).toISODate(),
			endDate: today.toISODate(),
			page,
			limit: 100,
		},
	});
	const calls = body.data ?? [];
	const results = calls
		.filter(
			(c) => !filter || `${c.id} ${c.status ?? ''}`.toLowerCase().includes(filter.toLowerCase()),
		)
		.map((c) => ({
			name: `${c.id} (${c.status ?? '?'}, created ${c.created ?? '?'})`,
			value: c.id,
		}));
	const totalPages = Number(
		body.pagination?.totalPages ?? (calls.length === 100 ? page + 1 : page),
	);
	return { results, paginationToken: page < totalPages ? String(page + 1) : undefined };
}
