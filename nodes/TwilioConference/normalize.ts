import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';
import type { Params } from './signature';

/**
 * Twilio's conference status callback parameters in the normalized shape (docs/events.md). Twilio
 * gives no event id, so a delivery is known by its digest; a participant is its call, with the
 * participant label (chosen by whoever added it) as its external id.
 */
export const eventMapping: EventMapping = {
	provider: 'twilioConference',
	events: {
		'participant-join': 'participant.joined',
		'participant-leave': 'participant.left',
		'conference-start': 'meeting.started',
		'conference-end': 'meeting.ended',
	},
	meetingId: (event) => read(event, 'ConferenceSid'),
	participant: (event) => ({
		id: read(event, 'CallSid'),
		name: null,
		externalId: read(event, 'ParticipantLabel'),
	}),
	occurredAt: (event) => read(event, 'Timestamp'),
};

/** The form parameters exactly as Twilio sent them (repeated names kept). */
export function callbackParams(ctx: IWebhookFunctions): Params {
	const req = ctx.getRequestObject() as { rawBody?: Buffer | string; body?: unknown };
	if (req.rawBody !== undefined) return [...new URLSearchParams(req.rawBody.toString())];
	const body = (req.body ?? {}) as IDataObject;
	return Object.entries(body).flatMap(([k, v]) =>
		(Array.isArray(v) ? v : [v]).map((x) => [k, String(x)] as [string, string]),
	);
}

/**
 * The delivery as one object, named as Twilio names its parameters (a repeated name becomes a
 * list); a JSON body is output as parsed.
 */
export function callbackOutput(ctx: IWebhookFunctions): IDataObject {
	const type = String(ctx.getHeaderData()['content-type'] ?? '');
	const body = ctx.getBodyData();
	if (type.includes('json') && body && typeof body === 'object') return body;
	const out: IDataObject = {};
	for (const [k, v] of callbackParams(ctx)) {
		// Own keys only: "constructor" or "toString" in a callback are data, not Object's members.
		if (k !== '__proto__')
			out[k] = Object.hasOwn(out, k) ? ([] as string[]).concat(out[k] as string, v) : v;
	}
	return out;
}

/** A status callback: one event, output as its parameters. */
export function deliveredEvents(ctx: IWebhookFunctions) {
	const params = callbackOutput(ctx);
	return [{ type: String(params.StatusCallbackEvent ?? ''), json: params }];
}
