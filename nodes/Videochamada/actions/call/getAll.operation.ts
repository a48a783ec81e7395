import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { collect } from '../../../shared/transport/paginate';
import { calendarDate, check, param } from '../../../shared/validation';
import { callPaging, videochamada } from '../../transport';

const START = { name: 'startDate', displayName: 'Start Date' };
const END = { name: 'endDate', displayName: 'End Date' };

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List the calls of the project created within a date window',
	properties: [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'First day of the window (only the date is used, e.g. 2026-10-01)',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'Last day of the window, included (only the date is used, e.g. 2026-10-31)',
		},
		...returnAllLimit(),
	],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/listar-chamadas */
	async execute(this: IExecuteFunctions, i: number) {
		const zone = this.getTimezone();
		const startDate = param(this, i, START, calendarDate(zone));
		const endDate = param(this, i, END, calendarDate(zone));
		const ordered = z
			.string()
			.refine((end) => end >= startDate, `must not be before the Start Date (${startDate})`);
		check(this, i, END, ordered, endDate);
		const request = { method: 'GET' as const, path: '/api/calls', qs: { startDate, endDate } };
		return await collect(videochamada, this, i, request, callPaging, readLimit(this, i));
	},
};
