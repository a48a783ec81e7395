import type { IDataObject } from 'n8n-workflow';

import type { EventMapping } from '../../nodes/shared/events';
import {
	deliveryIdOf,
	normalizeEvent,
	providerEvents,
	read,
	text,
	toIsoUtc,
} from '../../nodes/shared/events';
import type { DeliveryEvent } from '../../nodes/shared/webhook';
import type { TriggerProvider } from '../kit/deliveries';
import { deliverTo, TRIGGERS } from '../kit/deliveries';

const RECEIVED = Date.UTC(2026, 11, 1, 9, 30, 0);

describe('read and text: provider fields of any shape', () => {
	it('reads own properties only, through plain objects only', () => {
		const parsed = JSON.parse('{"a":{"b":"x"},"__proto__":{"polluted":"yes"},"list":["y"]}');
		expect(read(parsed, 'a', 'b')).toBe('x');
		expect(read(parsed, '__proto__', 'polluted')).toBe('yes');
		expect(read({}, 'constructor')).toBeUndefined();
		expect(read({}, 'toString')).toBeUndefined();
		expect(read(parsed, 'list', '0')).toBeUndefined();
		expect(read(null, 'a')).toBeUndefined();
		expect(read('text', 'length')).toBeUndefined();
		expect(({} as IDataObject).polluted).toBeUndefined();
	});

	it('text is a trimmed string or a finite number; everything else is null', () => {
		expect([text(' a '), text(42), text(0)]).toEqual(['a', '42', '0']);
		expect([
			text(''),
			text('  '),
			text(null),
			text(undefined),
			text({}),
			text(['a']),
			text(NaN),
			text(true),
		]).toEqual([null, null, null, null, null, null, null, null]);
	});
});

describe('toIsoUtc: every provider clock as ISO 8601 UTC', () => {
	it.each([
		['ISO with Z (Whereby, Pagecall)', '2021-01-21T16:29:59.681Z', '2021-01-21T16:29:59.681Z'],
		['ISO with an offset', '2025-02-03T09:05:00-03:00', '2025-02-03T12:05:00.000Z'],
		['ISO without an offset is UTC', '2025-02-03T12:05:00', '2025-02-03T12:05:00.000Z'],
		['RFC 2822 (Twilio)', 'Thu, 1 Jun 2017 20:48:32 +0000', '2017-06-01T20:48:32.000Z'],
		['RFC 2822 with an offset', 'Thu, 1 Jun 2017 22:48:32 +0200', '2017-06-01T20:48:32.000Z'],
		['unix seconds as text (Meta)', '1771000000', '2026-02-13T16:26:40.000Z'],
		['unix seconds as a number', 1771000000, '2026-02-13T16:26:40.000Z'],
		['unix milliseconds', 1771000000123, '2026-02-13T16:26:40.123Z'],
	])('%s', (_, value, expected) => {
		expect(toIsoUtc(value)).toBe(expected);
	});

	it.each([
		['garbage', 'yesterday'],
		['an object', { at: 1 }],
		['a list', ['2021-01-21T16:29:59Z']],
		['null', null],
		['empty text', ''],
		['Infinity', Infinity],
		['a date out of range', 1e20],
	])('%s is unreadable (null)', (_, value) => {
		expect(toIsoUtc(value)).toBeNull();
	});
});

const mapping: EventMapping = {
	provider: 'test',
	events: { join: 'participant.joined' },
	eventId: (e) => read(e, 'id'),
	meetingId: (e) => read(e, 'room'),
	participant: (e) => ({ id: read(e, 'who'), name: read(e, 'name'), externalId: null }),
	occurredAt: (e) => read(e, 'at'),
};

describe('normalizeEvent', () => {
	it('maps a known event and keeps the payload as data', () => {
		const json = { id: 'e1', room: 'r1', who: 'u1', name: 'Ana', at: '2026-01-01T00:00:00Z' };
		expect(normalizeEvent(mapping, { type: 'join', json }, RECEIVED)).toEqual({
			provider: 'test',
			event: 'participant.joined',
			providerEvent: 'join',
			meetingId: 'r1',
			participant: { id: 'u1', name: 'Ana', externalId: null },
			occurredAt: '2026-01-01T00:00:00.000Z',
			deliveryId: 'e1',
			data: json,
		});
	});

	it('an unknown event, even one named like an Object property, is other; no participant → null; no time → received', () => {
		for (const type of ['constructor', '__proto__', 'toString', '', 'leave']) {
			const item = normalizeEvent(mapping, { type, json: {} }, RECEIVED);
			expect([item.event, item.participant, item.occurredAt, item.meetingId]).toEqual([
				'other',
				null,
				'2026-12-01T09:30:00.000Z',
				null,
			]);
		}
	});

	it('odd shapes never throw: objects, lists and nulls where text is expected become null', () => {
		const json = JSON.parse(
			'{"id":{"x":1},"room":["r"],"who":null,"name":{"first":"A"},"at":{"t":1},"__proto__":{"id":"p"}}',
		);
		const item = normalizeEvent(mapping, { type: 'join', json }, RECEIVED);
		expect(item).toMatchObject({
			meetingId: null,
			participant: null,
			occurredAt: '2026-12-01T09:30:00.000Z',
		});
		expect(item.deliveryId).toMatch(/^sha256:/);
	});

	it('the digest is the same for the same event and differs for any other', () => {
		const a = deliveryIdOf({ ...mapping, eventId: undefined }, { room: 'r', at: 1 });
		expect(deliveryIdOf({ ...mapping, eventId: undefined }, { room: 'r', at: 1 })).toBe(a);
		expect(deliveryIdOf({ ...mapping, eventId: undefined }, { room: 'r', at: 2 })).not.toBe(a);
		expect(deliveryIdOf(mapping, { id: 42 })).toBe('42');
	});
});

/** An authentic delivery of an odd shape for each trigger: must be answered, never crash. */
const ODD: Record<TriggerProvider, IDataObject[]> = {
	whereby: [
		JSON.parse(
			'{"id":{"a":1},"type":"room.client.joined","createdAt":["x"],"data":{"__proto__":{"displayName":"x"},"participantId":{"id":1},"displayName":null,"meetingId":[1]}}',
		),
		{ type: 'room.client.joined', data: null },
		{ type: 'room.client.joined', data: 'text' },
	],
	twilioConference: [
		{ StatusCallbackEvent: 'participant-join', Timestamp: 'not a date' },
		JSON.parse('{"StatusCallbackEvent":"participant-join","__proto__":"x","ConferenceSid":"CF1"}'),
	],
	pagecall: [
		{
			action: 'sessionJoined',
			payload: JSON.parse('{"__proto__":{"roomId":"r"},"memberId":{"id":1},"timestamp":12}'),
		},
		{ action: 'sessionJoined', payload: null },
	],
	videochamada: [
		{ event: 'participant.joined', call: 'call_1', data: ['x'], timestamp: { at: 1 } },
		{ event: 'participant.joined', call: null, data: null },
	],
	vecTalk: [
		{
			entry: [
				{
					changes: [
						{
							field: 'calls',
							value: {
								contacts: 'x',
								calls: [
									{ event: 'connect', id: { x: 1 }, timestamp: 'soon', contact: 'x', from: ['1'] },
								],
							},
						},
					],
				},
			],
		},
	],
};

describe('every trigger in the normalized format, on authentic deliveries of odd shapes', () => {
	const cases = (Object.keys(ODD) as TriggerProvider[]).flatMap((p) =>
		ODD[p].map((body, i) => [p, i, body] as const),
	);
	it.each(cases)('%s #%s starts one run with a well-formed item', async (provider, _i, body) => {
		const events = TRIGGERS[provider].node.description.properties.find((p) => p.name === 'events')
			?.default as string[];
		const { items, status } = await deliverTo(provider, body, { events });
		expect(status).toBe(200);
		expect(items).toHaveLength(1);
		const item = items[0];
		expect(item.provider).toBe(provider);
		expect(item.event).toBe(provider === 'vecTalk' ? 'meeting.started' : 'participant.joined');
		expect(typeof item.occurredAt).toBe('string');
		expect(Number.isNaN(Date.parse(item.occurredAt as string))).toBe(false);
		expect(item.meetingId === null || typeof item.meetingId === 'string').toBe(true);
		expect(typeof item.deliveryId).toBe('string');
		const who = item.participant as IDataObject | null;
		for (const v of Object.values(who ?? {}))
			expect(v === null || typeof v === 'string').toBe(true);
		expect(({} as IDataObject).roomId).toBeUndefined();
	});
});

describe('outputFormat', () => {
	it('raw gives the payload exactly as before; normalized (the default) wraps it as data', async () => {
		const body = {
			action: 'sessionJoined',
			payload: { roomId: 'r1', memberId: 'm1', timestamp: '2022-05-31T12:38:15.059Z' },
		};
		const raw = await deliverTo('pagecall', body, {
			events: ['sessionJoined'],
			options: { outputFormat: 'raw' },
		});
		expect(raw.items).toEqual([
			{
				action: 'sessionJoined',
				roomId: 'r1',
				memberId: 'm1',
				timestamp: '2022-05-31T12:38:15.059Z',
			},
		]);
		const normalized = await deliverTo('pagecall', body, { events: ['sessionJoined'] });
		expect(normalized.items[0].data).toEqual(raw.items[0]);
		expect(normalized.items[0].event).toBe('participant.joined');
	});

	it('every trigger offers Output Format (normalized by default) and Ignore Duplicates (on by default)', () => {
		for (const { node } of Object.values(TRIGGERS)) {
			const options = node.description.properties.find((p) => p.name === 'options')
				?.options as unknown as IDataObject[];
			expect(options.find((o) => o.name === 'outputFormat')).toMatchObject({
				default: 'normalized',
			});
			expect(options.find((o) => o.name === 'ignoreDuplicates')).toMatchObject({
				type: 'boolean',
				default: true,
			});
		}
	});
});

describe('providerEvents on odd entries from a provider parser', () => {
	it('normalizes entries whose json is not an object, and passes entries without a text type unchanged', () => {
		const ctx = { getNodeParameter: () => 'normalized' } as unknown as Parameters<
			typeof providerEvents
		>[0];
		const odd = [
			null,
			{ type: 7, json: {} },
			{ type: 'join', json: undefined },
			{ type: 'join', json: 'text' },
		] as unknown as DeliveryEvent[];
		const events = providerEvents(ctx, mapping, {
			isAuthentic: () => true,
			events: () => odd,
		}).events();
		expect(events.slice(0, 2)).toEqual(odd.slice(0, 2));
		expect(
			events.slice(2).map((e) => [e.type, e.json.event, e.json.participant, typeof e.id]),
		).toEqual([
			['join', 'participant.joined', null, 'string'],
			['join', 'participant.joined', null, 'string'],
		]);
	});
});
