import { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { readCollection, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { pages } from '../../../shared/transport/paginate';
import { calendarDate, requiredId } from '../../../shared/validation';
import { callIdField } from '../../fields';
import { callPaging, videochamada } from '../../transport';
import { callStatus } from './helpers';

const callId = callIdField('The call, as returned by Create or Get Many');
const options = optionsCollection([
	withSchema(
		{
			displayName: 'Created On',
			name: 'createdOn',
			type: 'dateTime',
			default: '',
			description:
				'The day the call was created: the "created" field of the output of Create or Get Many. The call link is then looked up in the list of calls created that day (and the day before and after) and added to the output. Without it, the link is only in the output of Create and Get Many.',
		},
		(ctx) => calendarDate(ctx.getTimezone()),
	),
]);

/**
 * The call's link: the status endpoint has none, so it is read from the documented call list, over the
 * day the call was created and the days either side (the list's days may be in another timezone).
 */
async function callLink(
	ctx: IExecuteFunctions,
	i: number,
	callId: string,
	createdOn: string,
): Promise<string | null> {
	const day = DateTime.fromISO(createdOn);
	const [startDate, endDate] = [
		day.minus({ days: 1 }).toISODate(),
		day.plus({ days: 1 }).toISODate(),
	];
	const request = { method: 'GET' as const, path: '/api/calls', qs: { startDate, endDate } };
	for await (const page of pages(videochamada, ctx, i, request, callPaging)) {
		const call = page.find((c) => String(c.id) === callId);
		if (call) return typeof call.url === 'string' ? call.url : null;
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`Call "${callId}" is not among the calls created from ${startDate} to ${endDate} (item ${i}), so its link was not found`,
		{
			itemIndex: i,
			description:
				'Check "Created On": it is the day in the "created" field of the call (output of Create or Get Many).',
		},
	);
}

export const get: Operation = {
	name: 'Get',
	action: 'Get the live status of a call',
	description:
		'Get whether a call is created, active or ended, with its participants and billable minutes. The status has no link: set Options → Created On to add the call link (url) from the call list.',
	properties: [callId, options],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/obter-status-chamada */
	async execute(this: IExecuteFunctions, i: number) {
		const id = requiredId(this, i, callId);
		const day = readCollection(this, i, options).createdOn as string | undefined;
		const status = await callStatus(this, i, id);
		// https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-chamadas
		return day ? { ...status, url: await callLink(this, i, id, day) } : status;
	},
};
