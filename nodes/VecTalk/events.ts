import type { IDataObject } from 'n8n-workflow';

import { deliveredText } from '../shared/webhook';

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
				return calls
					.filter((call) => call && typeof call === 'object' && !Array.isArray(call))
					.map((call) => {
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
