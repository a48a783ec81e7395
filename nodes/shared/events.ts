import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { wantsRaw } from './triggerOptions';
import { isPlainObject } from './validation';
import type { Delivery, DeliveryEvent } from './webhook';

/** The provider-independent event names of the normalized output. */
export type NormalizedEventName =
	| 'participant.joined'
	| 'participant.left'
	| 'meeting.started'
	| 'meeting.ended'
	| 'recording.ready'
	| 'other';

/** How one provider's events read in the normalized shape (one per provider, in its `normalize.ts`). */
export interface EventMapping {
	/** The action node's name: `whereby`, `twilioConference`, `pagecall`, `videochamada`, `vecTalk` */
	provider: string;
	/** Provider event → normalized event; events not listed are `other` */
	events: Record<string, NormalizedEventName>;
	/** The provider's own id of the event, where it has one (else the body's digest is used) */
	eventId?(event: IDataObject): unknown;
	meetingId(event: IDataObject): unknown;
	participant(event: IDataObject): { id?: unknown; name?: unknown; externalId?: unknown };
	/** The provider's clock value for the event (ISO 8601, RFC 2822 or unix time) */
	occurredAt(event: IDataObject): unknown;
}

export interface NormalizedEvent extends IDataObject {
	provider: string;
	event: NormalizedEventName;
	providerEvent: string;
	meetingId: string | null;
	participant: { id: string | null; name: string | null; externalId: string | null } | null;
	occurredAt: string;
	deliveryId: string;
	data: IDataObject;
}

/** A property of a plain object (own properties only, so `__proto__` or `constructor` read nothing); `path` descends. */
export function read(value: unknown, ...path: string[]): unknown {
	let current = value;
	for (const key of path) {
		if (!isPlainObject(current)) return undefined;
		if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}

/** A string or finite number as text; anything else (objects, lists, null, empty text) is null. */
export function text(value: unknown): string | null {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return trimmed === '' ? null : trimmed;
}

/** Unix time below this is read as seconds, above as milliseconds (1e11 s is the year 5138). */
const SECONDS_LIMIT = 1e11;

/**
 * A provider's clock value as ISO 8601 in UTC: ISO 8601 (an offset-less one is UTC), RFC 2822
 * (Twilio), or unix seconds/milliseconds as a number or digits (Meta). Null when unreadable.
 */
export function toIsoUtc(value: unknown): string | null {
	let parsed: DateTime | undefined;
	const raw = typeof value === 'string' ? value.trim() : value;
	if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw))) {
		const n = Number(raw);
		if (Number.isFinite(n))
			parsed = DateTime.fromMillis(n < SECONDS_LIMIT ? n * 1000 : n, { zone: 'utc' });
	} else if (typeof raw === 'string' && raw !== '') {
		parsed = DateTime.fromISO(raw, { zone: 'utc', setZone: true });
		if (!parsed.isValid) parsed = DateTime.fromRFC2822(raw, { zone: 'utc' });
	}
	return parsed?.isValid ? parsed.toUTC().toISO() : null;
}

/**
 * The id that identifies an event across repeated deliveries: the provider's own event id where it
 * has one, else `sha256:` and the digest of the authenticated event as the raw format outputs it.
 */
export function deliveryIdOf(mapping: EventMapping, event: IDataObject): string {
	const own = text(mapping.eventId?.(event));
	if (own !== null) return own;
	return `sha256:${createHash('sha256')
		.update(JSON.stringify(event) ?? '')
		.digest('hex')}`;
}

/** One provider event in the normalized shape; `receivedAt` (ms) stands in when the provider gives no time. */
export function normalizeEvent(
	mapping: EventMapping,
	event: { type: string; json: IDataObject },
	receivedAt: number,
): NormalizedEvent {
	const json = event.json;
	const who = mapping.participant(json);
	const participant = { id: text(who.id), name: text(who.name), externalId: text(who.externalId) };
	const known = Object.prototype.hasOwnProperty.call(mapping.events, event.type);
	return {
		provider: mapping.provider,
		event: known ? mapping.events[event.type] : 'other',
		providerEvent: event.type,
		meetingId: text(mapping.meetingId(json)),
		participant: Object.values(participant).some((v) => v !== null) ? participant : null,
		occurredAt: toIsoUtc(mapping.occurredAt(json)) ?? new Date(receivedAt).toISOString(),
		deliveryId: deliveryIdOf(mapping, json),
		data: json,
	};
}

/**
 * A trigger's delivery with each event in the chosen output format and carrying its delivery id
 * (which receive() uses to skip duplicates). Authenticity is still checked first by receive().
 */
export function providerEvents(
	ctx: IWebhookFunctions,
	mapping: EventMapping,
	delivery: Delivery,
): Delivery {
	return {
		isAuthentic: () => delivery.isAuthentic(),
		events: (): DeliveryEvent[] => {
			const raw = wantsRaw(ctx);
			const receivedAt = Date.now();
			return delivery.events().map((event) => {
				// Entries of an odd shape pass unchanged, for receive() to skip.
				if (!event || typeof event !== 'object' || typeof event.type !== 'string') return event;
				const normalized = normalizeEvent(mapping, event, receivedAt);
				return { type: event.type, id: normalized.deliveryId, json: raw ? event.json : normalized };
			});
		},
	};
}
