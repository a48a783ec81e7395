import type { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath } from '../../../shared/transport/client';
import { videochamada } from '../../transport';

export interface NewCall {
	title: string;
	/** When the link stops working */
	expiresAt: DateTime;
	/** true = always record, false = never, undefined = the project's setting */
	recording?: boolean;
}

/** Creates a call link; the answer carries the call's `id` and `url`. */
export async function createCall(
	ctx: IExecuteFunctions,
	i: number,
	call: NewCall,
): Promise<IDataObject> {
	const body: IDataObject = { title: call.title, expiresAt: call.expiresAt.toISO() };
	if (call.recording !== undefined) body.recording = call.recording;
	return await videochamada.request(ctx, i, { method: 'POST', path: '/api/calls', body });
}

/** The live status of a call: created, active or ended, with its participants. */
export async function callStatus(
	ctx: IExecuteFunctions,
	i: number,
	callId: string,
): Promise<IDataObject> {
	return await videochamada.request(ctx, i, {
		method: 'GET',
		path: apiPath`/api/calls/${callId}/status`,
		subject: `call "${callId}"`,
	});
}

/** Everyone who is or was in a call, with their join and leave events. */
export async function callParticipants(
	ctx: IExecuteFunctions,
	i: number,
	callId: string,
): Promise<IDataObject[]> {
	const body = await videochamada.request<unknown>(ctx, i, {
		method: 'GET',
		path: apiPath`/api/calls/${callId}/participants`,
		subject: `call "${callId}"`,
	});
	// Documented as a bare array; a `{ data: [...] }` envelope is read the same way.
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | null)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}
