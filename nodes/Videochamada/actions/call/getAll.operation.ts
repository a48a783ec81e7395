import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import { readField, readLimit, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { calendarDate, invalidField } from '../../../shared/validation';
import { callPaging, videochamada } from '../../transport';

const startDate = withSchema(
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day of the window (only the date is used, e.g. 2026-10-01)',
	},
	(ctx) => calendarDate(ctx.getTimezone()),
);

const endDate = withSchema(
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day of the window, included (only the date is used, e.g. 2026-10-31)',
	},
	(ctx) => calendarDate(ctx.getTimezone()),
);

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List the calls of the project created within a date window',
	properties: [startDate, endDate, ...returnAllLimit()],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-chamadas */
	async execute(this: IExecuteFunctions, i: number) {
		const qs = { startDate: readField(this, i, startDate), endDate: readField(this, i, endDate) };
		if (qs.endDate < qs.startDate)
			throw invalidField(this, i, endDate, `must not be before the Start Date (${qs.startDate})`);
		const request = { method: 'GET' as const, path: '/api/calls', qs };
		return await collect(videochamada, this, i, request, callPaging, readLimit(this, i));
	},
};
