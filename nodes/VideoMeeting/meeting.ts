import type { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toDateTime } from '../shared/validation';

/** The providers with meeting links; the values are the provider nodes' names. */
export const PROVIDERS = ['whereby', 'pagecall', 'videochamada'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const RECORDING_SETTINGS = ['providerDefault', 'on', 'off'] as const;
export type RecordingSetting = (typeof RECORDING_SETTINGS)[number];

/** What Create asks for, validated, the same for every provider. */
export interface MeetingRequest {
	title: string;
	/** Informational: none of the providers keeps a link closed before its start */
	startDate?: DateTime;
	endDate: DateTime;
	recording: RecordingSetting;
	/** Whether to also make a link with host rights */
	hostLink: boolean;
}

/** A meeting in the node's output shape (without `provider`); null where the provider has no value. */
export interface Meeting {
	meetingId: string;
	title: string | null;
	joinUrl: string | null;
	hostUrl: string | null;
	startDate: string | null;
	endDate: string | null;
	recording: RecordingSetting | null;
	/** The provider's own answer, secrets removed */
	data: IDataObject;
}

/** One provider behind the Video Meeting node: each method maps the common shape onto that provider's node code. */
export interface MeetingProvider {
	/** Provider name as errors show it */
	label: string;
	create(ctx: IExecuteFunctions, i: number, request: MeetingRequest): Promise<Meeting>;
	/** `hostLink`: also return the host link where the provider can give it again */
	get(ctx: IExecuteFunctions, i: number, meetingId: string, hostLink: boolean): Promise<Meeting>;
	/** Ends the meeting; fails before any request where the provider cannot */
	end(ctx: IExecuteFunctions, i: number, meetingId: string): Promise<void>;
}

/** The output item of Create and Get: the same keys in the same order for every provider. */
export function meetingItem(provider: ProviderName, m: Meeting): IDataObject {
	const { meetingId, title, joinUrl, hostUrl, startDate, endDate, recording, data } = m;
	return { provider, meetingId, title, joinUrl, hostUrl, startDate, endDate, recording, data };
}

/** A provider's date (ISO text in any offset, or a luxon value) as ISO 8601 UTC; null when absent or unreadable. */
export function isoUtc(value: unknown): string | null {
	return toDateTime(value, 'UTC')?.toUTC().toISO() ?? null;
}

/** A provider's text or number as text; null when absent. */
export function textOrNull(value: unknown): string | null {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** A provider's recording flag (true / false) as the node's setting; null when it reports none. */
export function recordingOf(flag: unknown): RecordingSetting | null {
	if (flag === true) return 'on';
	if (flag === false) return 'off';
	return null;
}

/** The setting as an on/off flag for providers that take one; undefined = the provider's default. */
export function recordingFlag(setting: RecordingSetting): boolean | undefined {
	return setting === 'providerDefault' ? undefined : setting === 'on';
}
