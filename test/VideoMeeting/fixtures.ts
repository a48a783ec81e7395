import { mockApi } from '../kit/mockApi';
import { pagecallCredentials } from '../Pagecall/fixtures';
import { videochamadaCredentials } from '../Videochamada/fixtures';
import { wherebyCredentials } from '../Whereby/fixtures';

export const PAGECALL_SECRET = 'pc-secret-9d2f';

/** One mock server for the three providers (under /whereby, /pagecall/v1 and /vc) and their credentials. */
export const meetingMock = () =>
	mockApi((url) => ({
		...wherebyCredentials(`${url}/whereby`, { apiKey: 'wb-key' }),
		...pagecallCredentials(`${url}/pagecall/v1`, {
			apiToken: 'pc-token',
			webhookSecret: PAGECALL_SECRET,
		}),
		...videochamadaCredentials(`${url}/vc`, { apiToken: 'vc-token' }),
	}));

/** A Whereby meeting answer as POST /meetings returns it. */
export const wherebyMeeting = (
	meetingId: string,
	body: { endDate?: string; roomNamePrefix?: string; fields?: string[] },
) => ({
	meetingId,
	roomName: `/${body.roomNamePrefix ?? ''}abc-${meetingId}`,
	roomUrl: `https://demo.whereby.com/${body.roomNamePrefix ?? ''}abc-${meetingId}`,
	startDate: '2026-12-01T09:00:00.000Z',
	endDate: new Date(body.endDate ?? '2099-01-01T00:00:00Z').toISOString(),
	...(body.fields?.includes('hostRoomUrl')
		? { hostRoomUrl: `https://demo.whereby.com/abc-${meetingId}?roomKey=k-${meetingId}` }
		: {}),
});
