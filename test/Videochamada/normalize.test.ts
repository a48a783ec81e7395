import { deliverTo, DIGEST } from '../kit/deliveries';

// The payload variants of API-NOTES.md §D (videochamada.com.br's webhook page); the secret travels in the body.
const call = {
	id: 'call_123',
	status: 'active',
	created: '2025-02-03T12:00:00Z',
	started: '2025-02-03T12:05:00Z',
	ended: null,
	project: { id: '456' },
};
const ALL = [
	'call.created',
	'call.started',
	'call.ended',
	'participant.joined',
	'participant.left',
	'participant.reconnected',
	'participant.disconnected',
];

describe('videochamada.com.br deliveries in the normalized shape', () => {
	it('participant.joined: the session and username, the call, the time; the secret is in neither item nor data', async () => {
		const body = {
			event: 'participant.joined',
			call,
			data: { sessionId: 's1', username: 'Ana' },
			timestamp: '2025-02-03T12:05:00Z',
		};
		const { items } = await deliverTo('videochamada', body, { events: ALL });
		expect(items).toEqual([
			{
				provider: 'videochamada',
				event: 'participant.joined',
				providerEvent: 'participant.joined',
				meetingId: 'call_123',
				participant: { id: 's1', name: 'Ana', externalId: null },
				occurredAt: '2025-02-03T12:05:00.000Z',
				deliveryId: DIGEST,
				data: body,
			},
		]);
		expect(JSON.stringify(items)).not.toContain('deliveries-test-secret');
	});

	it.each([
		['participant_left', 'participant.left', 'participant.left'],
		['call.started', 'call.started', 'meeting.started'],
		['call_ended', 'call.ended', 'meeting.ended'],
		['call.created', 'call.created', 'other'],
		['participant.reconnected', 'participant.reconnected', 'other'],
		['disconnected', 'participant.disconnected', 'other'],
	])('%s is %s → %s', async (sent, providerEvent, event) => {
		const { items } = await deliverTo(
			'videochamada',
			{ event: sent, call, data: {}, timestamp: '2025-02-03T12:05:00Z' },
			{ events: ALL },
		);
		expect(items[0]).toMatchObject({
			event,
			providerEvent,
			meetingId: 'call_123',
			participant: null,
		});
	});

	it('the documented call.created variant has no timestamp: occurredAt is when n8n received it', async () => {
		const before = Date.now();
		const { items } = await deliverTo(
			'videochamada',
			{ event: 'call.created', call },
			{ events: ALL },
		);
		const at = Date.parse(items[0].occurredAt as string);
		expect(at).toBeGreaterThanOrEqual(before - 1000);
		expect(items[0].occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
	});
});
