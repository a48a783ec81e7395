import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { passwordFields } from '../shared/secrets';
import { ApiClient } from '../shared/transport/client';
import type { ProviderErrorInfo } from '../shared/transport/errors';
import { collect, cursorPaging } from '../shared/transport/paginate';

/** Whereby REST API v1: https://docs.whereby.com/reference/whereby-rest-api-reference */
export const whereby = new ApiClient({
	name: 'Whereby',
	credentialType: 'wherebyApi',
	secretFields: passwordFields(new WherebyApi()),
	parseError: (body): ProviderErrorInfo => {
		const record = (body ?? {}) as { error?: unknown; message?: unknown };
		const message = typeof record.message === 'string' ? record.message : record.error;
		return { message: typeof message === 'string' ? message : undefined };
	},
	hints: {
		401: 'Check the API key in the Whereby credential (Whereby Embedded dashboard → Configure → API).',
		403: 'The API key is valid but not allowed to do this. Access links exist only for recordings and transcriptions stored by Whereby (not in your own S3 bucket), and summaries are a beta for selected customers.',
		429: 'Whereby counts points per minute for the whole organization. Lower "Items Processed in Parallel" (Request Options) or spread the work over time.',
	},
});

/** Every Whereby list: `?cursor&limit` → `{ results, cursor }`, at most 100 per page. */
export const wherebyPaging = cursorPaging({ maxPageSize: 100 });

/** The records of a Whereby list (`GET path?qs`), page by page, at most `limit` (undefined: all). */
export async function wherebyList(
	ctx: IExecuteFunctions,
	i: number,
	path: string,
	qs: IDataObject,
	limit: number | undefined,
): Promise<IDataObject[]> {
	return await collect(whereby, ctx, i, { method: 'GET', path, qs }, wherebyPaging, limit);
}
