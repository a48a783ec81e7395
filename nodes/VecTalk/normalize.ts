import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EventMapping } from '../shared/events';
import { read } from '../shared/events';
import { isPlainObject } from '../shared/validation';
import { deliveredText } from '../shared/webhook';

/**
 * One WhatsApp call event (as callEvents() outputs it) in the normalized shape (docs/events.md). A
 * call is the meeting: `connect` starts it, `terminate` ends it; the participant is the WhatsApp
 * user on the other end.
 */
export const eventMapping: EventMapping = {
	provider: 'vecTalk',
	events: {
		connect: 'meeting.started',
		terminate: 'meeting.ended',
	},
	meetingId: (event) => read(event, 'id'),
	participant: (event) => ({
		id:
			read(event, 'contact', 'wa_id') ??
			read(event, read(event, 'direction') === 'BUSINESS_INITIATED' ? 'to' : 'from'),
		name: read(event, 'contact', 'profile', 'name'),
		externalId: null,
	}),
	occurredAt: (event) => read(event, 'timestamp'),
};

interface Change {
	field?: unknown;
	value?: { metadata?: IDataObject; contacts?: IDataObject[]; calls?: IDataObject[] };
}

/**
 * The call events of a WhatsApp webhook envelope (`entry[].changes[]` with `field: "calls"`), one
 * per `value.calls[]` item, with the number's `metadata`, the user's `contact` and the `wabaId`.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/reference
 */
export function callEvents(body: unknown): Array<{ type: string; json: IDataObject }> {
	const entries = (body as { entry?: unknown })?.entry;
	if (!Array.isArray(entries)) return [];
	return entries.flatMap((entry: { id?: unknown; changes?: unknown }) => {
		const changes = Array.isArray(entry?.changes) ? (entry.changes as Change[]) : [];
		return changes
			.filter((change) => change?.field === 'calls' && Array.isArray(change.value?.calls))
			.flatMap((change) => {
				const { metadata, contacts = [], calls = [] } = change.value ?? {};
				return calls.filter(isPlainObject).map((call) => {
					const contact = Array.isArray(contacts)
						? contacts.find(
								(c) => c?.wa_id !== undefined && (c.wa_id === call.from || c.wa_id === call.to),
							)
						: undefined;
					const json: IDataObject = { ...call };
					if (metadata) json.metadata = metadata;
					if (contact) json.contact = contact;
					if (entry?.id !== undefined) json.wabaId = entry.id as string;
					return { type: deliveredText(call.event), json };
				});
			});
	});
}

/** A WhatsApp webhook envelope: one event per call in it. */
export function deliveredEvents(ctx: IWebhookFunctions) {
	return callEvents(ctx.getBodyData());
}
