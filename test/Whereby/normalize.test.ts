import { deliverTo } from '../kit/deliveries';

// The envelope of API-NOTES.md §A (Whereby's docs), with the fields of a joined/left event.
const envelope = (type: string, data: object = {}) => ({
	id: 'evt1',
	apiVersion: '1.0',
	createdAt: '2021-01-21T16:29:59.681Z',
	type,
	data: {
		meetingId: '134',
		roomName: '/room',
		subdomain: 'example',
		roomSessionId: 's-1',
		...data,
	},
});
const client = {
	displayName: 'Alice',
	participantId: 'p-1',
	metadata: null,
	externalId: 'crm-42',
	roleName: 'visitor',
	numClients: 2,
	isDialIn: false,
};
const ALL = [
	'room.client.joined',
	'room.client.left',
	'room.session.started',
	'room.session.ended',
	'recording.finished',
	'room.client.knocked',
];

describe('Whereby events in the normalized shape', () => {
	it("room.client.joined is participant.joined with the participant, the meeting, Whereby's event id and time", async () => {
		const body = envelope('room.client.joined', client);
		const { items } = await deliverTo('whereby', body, { events: ALL });
		expect(items).toEqual([
			{
				provider: 'whereby',
				event: 'participant.joined',
				providerEvent: 'room.client.joined',
				meetingId: '134',
				participant: { id: 'p-1', name: 'Alice', externalId: 'crm-42' },
				occurredAt: '2021-01-21T16:29:59.681Z',
				deliveryId: 'evt1',
				data: body,
			},
		]);
	});

	it.each([
		['room.client.left', 'participant.left', client],
		['room.session.started', 'meeting.started', {}],
		['room.session.ended', 'meeting.ended', {}],
		[
			'recording.finished',
			'recording.ready',
			{ recordingId: 'rec-1', filename: 'r.mp4', status: 'completed' },
		],
		['room.client.knocked', 'other', client],
	])('%s is %s', async (type, event, data) => {
		const { items } = await deliverTo('whereby', envelope(type, data), { events: ALL });
		expect(items[0]).toMatchObject({ event, providerEvent: type, meetingId: '134' });
		expect(items[0].participant).toEqual(
			'displayName' in data ? { id: 'p-1', name: 'Alice', externalId: 'crm-42' } : null,
		);
	});

	it('an externalId of null stays null; a delivery without id is known by its digest', async () => {
		const body = {
			...envelope('room.client.joined', { ...client, externalId: null }),
			id: undefined,
		};
		const { items } = await deliverTo('whereby', body, { events: ALL });
		expect(items[0].participant).toEqual({ id: 'p-1', name: 'Alice', externalId: null });
		expect(items[0].deliveryId).toMatch(/^sha256:[0-9a-f]{64}$/);
	});
});
