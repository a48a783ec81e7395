import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ApiRequest } from '../../../shared/transport/client';
import { apiPath } from '../../../shared/transport/client';
import { scrubError, webhookSecret, withoutSecret } from '../../secret';
import { pagecall, unwrap } from '../../transport';

/**
 * Sends a request whose answer is `{ room }` and returns the room without the webhook secret
 * (Pagecall may echo a room's webhook headers, and its error text may quote them).
 */
export async function roomRequest(
	ctx: IExecuteFunctions,
	i: number,
	req: ApiRequest,
): Promise<IDataObject> {
	const secret = await webhookSecret(ctx);
	try {
		return withoutSecret(unwrap(await pagecall.request(ctx, i, req), 'room'), secret);
	} catch (error) {
		throw scrubError(error, secret);
	}
}

/**
 * The link that opens a room: `https://app.pagecall.com/<roomId>`, with `?access_token=` for a
 * member who needs one. The app lives beside the API (`api.` → `app.`); for any other Base URL
 * (a proxy, the sandbox) the link is the Base URL without its `/v1`.
 */
export function roomLink(baseUrl: string, roomId: string, accessToken?: string): string {
	const url = new URL(baseUrl);
	if (url.hostname.startsWith('api.')) {
		url.hostname = `app.${url.hostname.slice('api.'.length)}`;
		url.pathname = '';
	} else {
		url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
	}
	const link = `${url.origin}${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(roomId)}`;
	return accessToken ? `${link}?access_token=${encodeURIComponent(accessToken)}` : link;
}

/** Closes a room for meetings (`is_terminated: true`); its replay stays available. */
export async function terminateRoom(
	ctx: IExecuteFunctions,
	i: number,
	roomId: string,
): Promise<IDataObject> {
	return await roomRequest(ctx, i, {
		method: 'PUT',
		path: apiPath`/rooms/${roomId}`,
		body: { is_terminated: true },
		subject: `room "${roomId}"`,
	});
}

/** Gets a room by its ID. */
export async function getRoom(
	ctx: IExecuteFunctions,
	i: number,
	roomId: string,
): Promise<IDataObject> {
	return await roomRequest(ctx, i, {
		method: 'GET',
		path: apiPath`/rooms/${roomId}`,
		subject: `room "${roomId}"`,
	});
}
