import type { IDataObject, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { SeenDeliveries } from '../../nodes/shared/dedupe';
import { DEDUPE_LIMITS, rememberDeliveries } from '../../nodes/shared/dedupe';
import type { TriggerProvider } from '../kit/deliveries';
import { deliverTo } from '../kit/deliveries';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const HOUR = 60 * 60 * 1000;

describe('rememberDeliveries (injected clock)', () => {
	it('a new id is fresh and remembered; the same id again is not', () => {
		const first = rememberDeliveries([], ['a'], T0);
		expect(first).toEqual({ fresh: [true], seen: [['a', T0]] });
		const second = rememberDeliveries(first.seen, ['a', 'b'], T0 + 1000);
		expect(second.fresh).toEqual([false, true]);
		expect(second.seen).toEqual([
			['a', T0],
			['b', T0 + 1000],
		]);
	});

	it('the same id twice in one delivery counts once', () => {
		expect(rememberDeliveries([], ['a', 'a'], T0).fresh).toEqual([true, false]);
	});

	it('forgets ids after 24 hours, not before', () => {
		const { seen } = rememberDeliveries([], ['a'], T0);
		expect(rememberDeliveries(seen, ['a'], T0 + 24 * HOUR - 1).fresh).toEqual([false]);
		const later = rememberDeliveries(seen, ['a'], T0 + 24 * HOUR);
		expect(later.fresh).toEqual([true]);
		expect(later.seen).toEqual([['a', T0 + 24 * HOUR]]);
	});

	it('keeps at most 1,000 ids, forgetting the oldest first', () => {
		let seen: SeenDeliveries = [];
		for (let i = 0; i < 1005; i++) seen = rememberDeliveries(seen, [`id-${i}`], T0 + i).seen;
		expect(seen).toHaveLength(DEDUPE_LIMITS.maxEntries);
		expect(seen[0]).toEqual(['id-5', T0 + 5]);
		expect(rememberDeliveries(seen, ['id-4'], T0 + 2000).fresh).toEqual([true]);
		expect(rememberDeliveries(seen, ['id-5', 'id-1004'], T0 + 2000).fresh).toEqual([false, false]);
	});

	it('honours other limits', () => {
		const limits = { maxAgeMs: 1000, maxEntries: 2 };
		const { seen } = rememberDeliveries([], ['a', 'b', 'c'], T0, limits);
		expect(seen.map(([id]) => id)).toEqual(['b', 'c']);
		expect(rememberDeliveries(seen, ['b'], T0 + 1000, limits).fresh).toEqual([true]);
	});
});

/** Deliveries of one body per provider (as the provider signs them). */
const BODIES: Record<TriggerProvider, { events: string[]; body: (n: number) => IDataObject }> = {
	whereby: {
		events: ['room.client.joined'],
		body: (n) => ({
			id: `evt-${n}`,
			createdAt: '2026-01-01T00:00:00Z',
			type: 'room.client.joined',
			data: { meetingId: '1', displayName: 'A' },
		}),
	},
	twilioConference: {
		events: ['participant-join'],
		body: (n) => ({
			ConferenceSid: 'CF1',
			SequenceNumber: String(n),
			StatusCallbackEvent: 'participant-join',
			CallSid: 'CA1',
		}),
	},
	pagecall: {
		events: ['sessionJoined'],
		body: (n) => ({
			action: 'sessionJoined',
			payload: { roomId: 'r', memberId: 'm', sessionId: `s${n}` },
		}),
	},
	videochamada: {
		events: ['participant.joined'],
		body: (n) => ({ event: 'participant.joined', call: { id: 'c' }, data: { sessionId: `s${n}` } }),
	},
	vecTalk: {
		events: ['connect'],
		body: (n) => ({
			entry: [
				{
					id: 'W',
					changes: [
						{
							field: 'calls',
							value: { calls: [{ id: `wacid.${n}`, event: 'connect', timestamp: '1771000000' }] },
						},
					],
				},
			],
		}),
	},
};
const PROVIDERS = Object.keys(BODIES) as TriggerProvider[];

describe.each(PROVIDERS)('%s trigger: ignoreDuplicates', (provider) => {
	const { events, body } = BODIES[provider];

	it('the second identical delivery is answered 200 and starts no run; another delivery runs', async () => {
		const staticData: IDataObject = {};
		const first = await deliverTo(provider, body(1), { events, staticData });
		expect(first.items).toHaveLength(1);
		const again = await deliverTo(provider, body(1), { events, staticData });
		expect([again.status, again.answered, again.body, again.result.workflowData]).toEqual([
			200,
			true,
			{ received: true, started: false },
			undefined,
		]);
		expect((await deliverTo(provider, body(2), { events, staticData })).items).toHaveLength(1);
	});

	it('also in the raw format', async () => {
		const staticData: IDataObject = {};
		const options = { outputFormat: 'raw' };
		expect(
			(await deliverTo(provider, body(1), { events, staticData, options })).items,
		).toHaveLength(1);
		expect(
			(await deliverTo(provider, body(1), { events, staticData, options })).result.workflowData,
		).toBeUndefined();
	});

	it.each([false, 'false'])('ignoreDuplicates %p runs every delivery', async (off) => {
		const staticData: IDataObject = {};
		const options = { ignoreDuplicates: off };
		expect(
			(await deliverTo(provider, body(1), { events, staticData, options })).items,
		).toHaveLength(1);
		expect(
			(await deliverTo(provider, body(1), { events, staticData, options })).items,
		).toHaveLength(1);
	});

	it('a forged delivery is refused before it is remembered: the authentic one still runs', async () => {
		const staticData: IDataObject = {};
		expect((await deliverTo(provider, body(1), { events, staticData, forged: true })).status).toBe(
			401,
		);
		expect((await deliverTo(provider, body(1), { events, staticData })).items).toHaveLength(1);
	});
});

describe('ignoreDuplicates details', () => {
	it('Whereby is deduplicated by its event id even when the rest of the body differs', async () => {
		const staticData: IDataObject = {};
		const events = ['room.client.joined'];
		const body = BODIES.whereby.body(7);
		expect((await deliverTo('whereby', body, { events, staticData })).items).toHaveLength(1);
		expect(
			(
				await deliverTo(
					'whereby',
					{ ...body, createdAt: '2026-01-01T00:00:05Z' },
					{ events, staticData },
				)
			).items,
		).toHaveLength(0);
	});

	it('a delivery whose events were partly seen runs only the new ones', async () => {
		const staticData: IDataObject = {};
		const call = (id: string) => ({ id, event: 'connect', timestamp: '1771000000' });
		const envelope = (...calls: object[]) => ({
			entry: [{ id: 'W', changes: [{ field: 'calls', value: { calls } }] }],
		});
		expect(
			(await deliverTo('vecTalk', envelope(call('wacid.1')), { events: ['connect'], staticData }))
				.items,
		).toHaveLength(1);
		const mixed = await deliverTo('vecTalk', envelope(call('wacid.1'), call('wacid.2')), {
			events: ['connect'],
			staticData,
		});
		expect(mixed.items.map((i) => i.meetingId)).toEqual(['wacid.2']);
	});

	it('unselected events are not remembered: selecting them later runs them', async () => {
		const staticData: IDataObject = {};
		const body = { ...BODIES.whereby.body(9), type: 'room.client.left' };
		expect(
			(await deliverTo('whereby', body, { events: ['room.client.joined'], staticData })).result
				.workflowData,
		).toBeUndefined();
		expect(
			(await deliverTo('whereby', body, { events: ['room.client.left'], staticData })).items,
		).toHaveLength(1);
	});

	it('a fresh delivery is answered before its run starts, while n8n still knows the memory changed', async () => {
		const staticData: IDataObject = {};
		const res = await deliverTo('whereby', BODIES.whereby.body(1), {
			events: ['room.client.joined'],
			staticData,
		});
		expect(res.items).toHaveLength(1);
		// n8n saves the static data when the answer goes out, and only when it is marked changed.
		expect(res.staticData.__dataChanged).toBe(true);
		expect([res.answered, res.result.noWebhookResponse, res.body]).toEqual([
			true,
			true,
			{ received: true, started: true },
		]);
		// The root cause this guards against: from 2.41, WorkflowRunner.run() first builds another Workflow
		// over the same static data (establishContextForPersistence), which clears the mark; an answer
		// sent after that (n8n's own `onReceived` answer) saves nothing, and every repeat runs again.
		const nodeTypes = {} as INodeTypes;
		new Workflow({ nodes: [], connections: {}, active: true, nodeTypes, staticData });
		expect(res.staticData.__dataChanged).toBe(false);
		expect(res.staticData['node:Node under test']).toEqual({
			seenDeliveries: [['evt-1', expect.any(Number)]],
		});
	});

	it("memory lives in the node's static data; entries older than 24 h and malformed ones are dropped", async () => {
		const old = Date.now() - 25 * HOUR;
		const staticData: IDataObject = {
			'node:Node under test': {
				webhookUrl: 'kept',
				seenDeliveries: [['evt-1', old], 'junk', [1, 2], ['x', 'y']],
			},
		};
		const res = await deliverTo('whereby', BODIES.whereby.body(1), {
			events: ['room.client.joined'],
			staticData,
		});
		expect(res.items).toHaveLength(1);
		const node = staticData['node:Node under test'] as IDataObject;
		expect(node.webhookUrl).toBe('kept');
		expect(node.seenDeliveries).toEqual([['evt-1', expect.any(Number)]]);
		expect((node.seenDeliveries as SeenDeliveries)[0][1]).toBeGreaterThan(old);
	});
});
