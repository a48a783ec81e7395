import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readCollection } from '../../../shared/fields';
import { apiPath } from '../../../shared/transport/client';
import { whereby } from '../../transport';
import { meetingOptions } from './fields';

/** Creates a meeting room; `body` as POST /meetings takes it; `hints` by status for its errors. */
export async function createMeeting(
	ctx: IExecuteFunctions,
	i: number,
	body: IDataObject,
	hints?: Partial<Record<number, string>>,
): Promise<IDataObject> {
	return await whereby.request(ctx, i, { method: 'POST', path: '/meetings', body, hints });
}

/** Gets a meeting; `qs.fields` asks for extra URLs (`hostRoomUrl,viewerRoomUrl`). */
export async function getMeeting(
	ctx: IExecuteFunctions,
	i: number,
	meetingId: string,
	qs: IDataObject = {},
): Promise<IDataObject> {
	return await whereby.request(ctx, i, {
		method: 'GET',
		path: apiPath`/meetings/${meetingId}`,
		qs,
		subject: `meeting "${meetingId}"`,
	});
}

/** Deletes a meeting and its room; deleting it again also succeeds. */
export async function removeMeeting(
	ctx: IExecuteFunctions,
	i: number,
	meetingId: string,
): Promise<void> {
	await whereby.request(ctx, i, { method: 'DELETE', path: apiPath`/meetings/${meetingId}` });
}

/** `fields=hostRoomUrl,viewerRoomUrl` of Get and Get Many, as Whereby expects it (comma separated, not repeated). */
export function urlFieldsQuery(ctx: IExecuteFunctions, i: number): IDataObject {
	const { fields } = readCollection(ctx, i, meetingOptions);
	return Array.isArray(fields) ? { fields: fields.join(',') } : {};
}
