import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isoUtc, textOrNull } from '../meeting';

/** One participant visit in the node's output shape (without `provider` and `meetingId`). */
export interface Visit {
	participantId: string | null;
	name: string | null;
	externalId: string | null;
	/** ISO 8601 UTC */
	joinedAt: string | null;
	/** ISO 8601 UTC; null while the participant is still in, or when the provider does not say */
	leftAt: string | null;
	/** leftAt − joinedAt from the provider's own timestamps; null when either is unknown */
	durationSeconds: number | null;
	/** The provider's own record of the participant */
	data: IDataObject;
}

/** Who attended a meeting, as one provider can tell. */
export interface AttendanceSource {
	/** The visits in the provider's order, at most `limit` of them (undefined: all) */
	visits(ctx: IExecuteFunctions, i: number, meetingId: string, limit?: number): Promise<Visit[]>;
}

/** Seconds from `joinedAt` to `leftAt` (milliseconds kept as a fraction); null when unknown or inverted. */
export function durationSeconds(joinedAt: string | null, leftAt: string | null): number | null {
	if (!joinedAt || !leftAt) return null;
	const ms = Date.parse(leftAt) - Date.parse(joinedAt);
	return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : null;
}

/** A visit from a provider's values: dates read and normalized to UTC, the duration computed from them. */
export function visit(values: {
	participantId: unknown;
	name: unknown;
	externalId: unknown;
	joinedAt: unknown;
	leftAt: unknown;
	data: IDataObject;
}): Visit {
	const joinedAt = isoUtc(values.joinedAt);
	const leftAt = isoUtc(values.leftAt);
	return {
		participantId: textOrNull(values.participantId),
		name: textOrNull(values.name),
		externalId: textOrNull(values.externalId),
		joinedAt,
		leftAt,
		durationSeconds: durationSeconds(joinedAt, leftAt),
		data: values.data,
	};
}
