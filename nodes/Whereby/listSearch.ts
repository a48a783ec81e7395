import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { searchPage } from '../shared/listSearch';
import { whereby, wherebyPaging } from './transport';

/** A "From List" search over a Whereby list, paged as its Get Many pages, 100 records a page. */
const search = (path: string, idKey: string, label: (record: IDataObject) => string) =>
	async function (this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(
			this,
			{
				client: whereby,
				request: { method: 'GET', path },
				paging: wherebyPaging,
				toResult: (record) => ({ name: label(record), value: String(record[idKey]) }),
			},
			filter,
			token,
		);
	};

const when = (value: unknown) =>
	typeof value === 'string' ? value.replace('T', ' ').slice(0, 16) : '?';

export const searchMeetings = search(
	'/meetings',
	'meetingId',
	(m) => `${m.roomName ?? m.meetingId} (ends ${m.endDate ?? '?'})`,
);

export const searchRecordings = search(
	'/recordings',
	'recordingId',
	(r) => `${r.roomName ?? r.filename ?? r.recordingId} · ${when(r.startDate)}`,
);

export const searchTranscriptions = search(
	'/transcriptions',
	'transcriptionId',
	(t) => `${t.roomName ?? t.transcriptionId} · ${when(t.startDate)} (${t.state ?? '?'})`,
);

export const searchSummaries = search(
	'/summaries',
	'summaryId',
	(s) => `${s.roomName ?? s.summaryId} · ${s.template ?? ''} (${s.state ?? '?'})`,
);
