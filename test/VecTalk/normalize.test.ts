import { deliverTo, DIGEST } from '../kit/deliveries';
import { connectCall, metadata, terminateCall } from './fixtures';

// Meta's `calls` webhook (API-NOTES.md §E): two calls in one delivery, unix-second timestamps.
const connect = connectCall('wacid.C1', 'v=0');
const terminate = terminateCall('wacid.T2');
const change = (call: object, contacts: object[]) => ({
	field: 'calls',
	value: { messaging_product: 'whatsapp', metadata, contacts, calls: [call] },
});
const envelope = {
	object: 'whatsapp_business_account',
	entry: [
		{
			id: 'WABA-1',
			changes: [
				change(connect, [{ profile: { name: 'Ana' }, wa_id: '5511999990000' }]),
				change(terminate, []),
			],
		},
	],
};

describe('VecTalk (WhatsApp) call events in the normalized shape', () => {
	it('one delivery with two calls gives two items: connect is meeting.started, terminate meeting.ended', async () => {
		const { items } = await deliverTo('vecTalk', envelope, { events: ['connect', 'terminate'] });
		expect(items).toEqual([
			{
				provider: 'vecTalk',
				event: 'meeting.started',
				providerEvent: 'connect',
				meetingId: 'wacid.C1',
				participant: { id: '5511999990000', name: 'Ana', externalId: null },
				occurredAt: '2026-02-13T16:26:40.000Z',
				deliveryId: DIGEST,
				data: {
					...connect,
					metadata,
					contact: { profile: { name: 'Ana' }, wa_id: '5511999990000' },
					wabaId: 'WABA-1',
				},
			},
			// Business-initiated without a contact: the user is the callee.
			{
				provider: 'vecTalk',
				event: 'meeting.ended',
				providerEvent: 'terminate',
				meetingId: 'wacid.T2',
				participant: { id: '5511988880000', name: null, externalId: null },
				occurredAt: '2026-02-13T16:28:20.000Z',
				deliveryId: DIGEST,
				data: { ...terminate, metadata, wabaId: 'WABA-1' },
			},
		]);
		expect(items[0].deliveryId).not.toBe(items[1].deliveryId);
	});

	it('a selection keeps only the chosen events of a mixed delivery', async () => {
		const { items } = await deliverTo('vecTalk', envelope, { events: ['terminate'] });
		expect(items.map((i) => i.providerEvent)).toEqual(['terminate']);
	});
});
