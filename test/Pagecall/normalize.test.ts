import { deliverTo, DIGEST } from '../kit/deliveries';

// The body of API-NOTES.md §C (Pagecall's Create Room docs, "Webhook").
const ids = {
	roomId: '000585f36eed9e8fb6b655b4',
	userId: 'external_user_102932',
	memberId: '642d103ce95bc9dc22ef789f',
	sessionId: '642d1049e95bc9dc22ef78a3',
};
const delivery = (action: string, payload: object = {}) => ({
	action,
	payload: {
		...ids,
		sessionsCount: 2,
		membersCount: 3,
		timestamp: '2022-05-31T12:38:15.059Z',
		...payload,
	},
});
const EVENTS = ['sessionJoined', 'sessionLeft'];

describe('Pagecall deliveries in the normalized shape', () => {
	it("sessionJoined is participant.joined: the member, the application's user id, the room", async () => {
		const body = delivery('sessionJoined');
		const { items } = await deliverTo('pagecall', body, { events: EVENTS });
		expect(items).toEqual([
			{
				provider: 'pagecall',
				event: 'participant.joined',
				providerEvent: 'sessionJoined',
				meetingId: '000585f36eed9e8fb6b655b4',
				participant: {
					id: '642d103ce95bc9dc22ef789f',
					name: null,
					externalId: 'external_user_102932',
				},
				occurredAt: '2022-05-31T12:38:15.059Z',
				deliveryId: DIGEST,
				data: { action: 'sessionJoined', ...body.payload },
			},
		]);
	});

	it('sessionLeft without the optional userId is participant.left with externalId null', async () => {
		const { items } = await deliverTo('pagecall', delivery('sessionLeft', { userId: undefined }), {
			events: EVENTS,
		});
		expect(items[0]).toMatchObject({
			event: 'participant.left',
			participant: { id: '642d103ce95bc9dc22ef789f', name: null, externalId: null },
		});
	});
});
