import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { passwordFields } from '../shared/secrets';
import { ApiClient } from '../shared/transport/client';
import type { PageStrategy } from '../shared/transport/paginate';
import { pageNumberPaging } from '../shared/transport/paginate';
import { parseVideochamadaError } from './errors';

/** videochamada.com.br REST API: https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/ */
export const videochamada = new ApiClient({
	name: 'videochamada.com.br',
	credentialType: 'videochamadaApi',
	secretFields: passwordFields(new VideochamadaApi()),
	parseError: parseVideochamadaError,
	hints: {
		401: 'Check the API token in the videochamada.com.br credential: it is missing, wrong or revoked.',
		403: 'The API token is valid but not allowed to do this. Check the IP allow-list of the token, the subscription and the spending limit in the videochamada.com.br dashboard.',
	},
});

const totalPages = (body: { pagination?: { totalPages?: unknown } }) => {
	const pages = Number(body.pagination?.totalPages);
	return Number.isFinite(pages) ? pages : undefined;
};

/** Calls: `?page&limit` (at most 100) → `{ data, pagination: { totalPages } }`. */
export const callPaging = pageNumberPaging({ maxPageSize: 100, itemsKey: 'data', totalPages });

const recordingPages = pageNumberPaging({ maxPageSize: 100, itemsKey: 'data', totalPages });

/** Recordings: as calls, but `limit` must be 10–100, so a smaller Limit is trimmed from a page of 10. */
export const recordingPaging: PageStrategy = {
	...recordingPages,
	first: (req, pageSize) => recordingPages.first(req, Math.max(10, pageSize)),
};
