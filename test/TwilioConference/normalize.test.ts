import { deliverTo, DIGEST } from '../kit/deliveries';
import { ACCOUNT, CA, CF } from './fixtures';

// A conference status callback with the parameters of API-NOTES.md §B (Twilio's TwiML docs).
const callback = (event: string, extra: Record<string, string> = {}) => ({
	AccountSid: ACCOUNT,
	ConferenceSid: CF,
	FriendlyName: 'daily-standup',
	SequenceNumber: '3',
	StatusCallbackEvent: event,
	Timestamp: 'Thu, 1 Jun 2017 20:48:32 +0000',
	...extra,
});
const participant = {
	CallSid: CA,
	ParticipantLabel: 'customer',
	Muted: 'false',
	Hold: 'false',
	Coaching: 'false',
	EndConferenceOnExit: 'false',
	StartConferenceOnEnter: 'true',
};
const ALL = [
	'participant-join',
	'participant-leave',
	'conference-start',
	'conference-end',
	'participant-mute',
];

describe('Twilio conference callbacks in the normalized shape', () => {
	it('participant-join is participant.joined: the call, its label, the conference, the RFC 2822 time in UTC', async () => {
		const body = callback('participant-join', participant);
		const { items } = await deliverTo('twilioConference', body, { events: ALL });
		expect(items).toEqual([
			{
				provider: 'twilioConference',
				event: 'participant.joined',
				providerEvent: 'participant-join',
				meetingId: CF,
				participant: { id: CA, name: null, externalId: 'customer' },
				occurredAt: '2017-06-01T20:48:32.000Z',
				deliveryId: DIGEST,
				data: body,
			},
		]);
	});

	it.each([
		[
			'participant-leave',
			'participant.left',
			{
				...participant,
				ParticipantCallStatus: 'completed',
				ReasonParticipantLeft: 'participant_hung_up',
			},
		],
		['conference-start', 'meeting.started', {}],
		[
			'conference-end',
			'meeting.ended',
			{ ReasonConferenceEnded: 'last-participant-left', CallSidEndingConference: CA },
		],
		['participant-mute', 'other', participant],
	])('%s is %s', async (type, event, extra) => {
		const { items } = await deliverTo('twilioConference', callback(type, extra), { events: ALL });
		expect(items[0]).toMatchObject({
			event,
			providerEvent: type,
			meetingId: CF,
			occurredAt: '2017-06-01T20:48:32.000Z',
		});
		expect(items[0].participant).toEqual(
			'CallSid' in extra ? { id: CA, name: null, externalId: 'customer' } : null,
		);
	});

	it('a Timestamp in another offset is converted to UTC', async () => {
		const { items } = await deliverTo(
			'twilioConference',
			callback('conference-start', { Timestamp: 'Thu, 1 Jun 2017 22:48:32 +0200' }),
			{ events: ALL },
		);
		expect(items[0].occurredAt).toBe('2017-06-01T20:48:32.000Z');
	});
});
