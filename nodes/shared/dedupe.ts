import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { ignoresDuplicates } from './triggerOptions';
import type { DeliveryEvent } from './webhook';

/** How long and how many delivery ids a trigger remembers. */
export const DEDUPE_LIMITS = { maxAgeMs: 24 * 60 * 60 * 1000, maxEntries: 1000 };

/** Remembered deliveries, oldest first: `[deliveryId, first seen (ms)]`. */
export type SeenDeliveries = Array<[string, number]>;

const STATIC_KEY = 'seenDeliveries';

/** Only well-formed entries of a stored list (static data may be from an older or edited workflow). */
function readSeen(stored: unknown): SeenDeliveries {
	if (!Array.isArray(stored)) return [];
	return stored.filter(
		(entry): entry is [string, number] =>
			Array.isArray(entry) &&
			typeof entry[0] === 'string' &&
			typeof entry[1] === 'number' &&
			Number.isFinite(entry[1]),
	);
}

/**
 * Splits `ids` into those not seen within the limits (also not earlier in the same list) and the
 * memory after remembering them: entries older than `maxAgeMs` are forgotten, and only the newest
 * `maxEntries` are kept.
 */
export function rememberDeliveries(
	seen: SeenDeliveries,
	ids: string[],
	now: number,
	limits = DEDUPE_LIMITS,
): { fresh: boolean[]; seen: SeenDeliveries } {
	const kept = seen.filter(([, at]) => now - at < limits.maxAgeMs);
	const known = new Set(kept.map(([id]) => id));
	const fresh = ids.map((id) => {
		if (known.has(id)) return false;
		known.add(id);
		kept.push([id, now]);
		return true;
	});
	return { fresh, seen: kept.slice(-limits.maxEntries) };
}

/**
 * The events of an authentic delivery that this trigger has not seen before (by their delivery id),
 * remembered in the workflow's static data, which n8n saves when the webhook answers — so receive()
 * answers before the run starts (see there).
 */
export function unseenEvents(
	ctx: IWebhookFunctions,
	events: DeliveryEvent[],
	now = Date.now(),
): DeliveryEvent[] {
	if (events.length === 0 || !ignoresDuplicates(ctx)) return events;
	const data = ctx.getWorkflowStaticData('node') as IDataObject;
	const withId = events.filter((event) => event.id !== undefined);
	const { fresh, seen } = rememberDeliveries(
		readSeen(data[STATIC_KEY]),
		withId.map((event) => event.id as string),
		now,
	);
	data[STATIC_KEY] = seen as unknown as IDataObject[];
	const duplicates = new Set(withId.filter((_, i) => !fresh[i]));
	return events.filter((event) => !duplicates.has(event));
}
