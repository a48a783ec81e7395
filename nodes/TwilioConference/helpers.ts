import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCollection, readField, readLimit } from '../shared/fields';
import { collect } from '../shared/transport/paginate';
import { conferenceSidField } from './fields';
import type { Target } from './transport';
import { conferencesPath, twilio, twilioFields, twilioPaging } from './transport';

/**
 * Get Many of every resource: the account's conferences, or the participants or recordings of the
 * item's conference; filtered by the operation's Filters, up to its Limit.
 */
export async function getMany(
	ctx: IExecuteFunctions,
	i: number,
	list: 'Conferences' | 'Participants' | 'Recordings',
	filters: INodeProperties,
): Promise<IDataObject[]> {
	const conference = list === 'Conferences' ? undefined : readField(ctx, i, conferenceSidField);
	const qs = twilioFields(readCollection(ctx, i, filters));
	const target: Target =
		conference === undefined
			? { parts: [] }
			: { parts: [conference, list], subject: `conference "${conference}"` };
	const path = await conferencesPath(ctx, i, target);
	const request = { method: 'GET' as const, path, qs, subject: target.subject };
	const itemsKey = list.toLowerCase() as Lowercase<typeof list>;
	return await collect(twilio, ctx, i, request, twilioPaging(itemsKey), readLimit(ctx, i));
}
