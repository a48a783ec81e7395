import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import type { TestCredential } from '../kit/harness';
import { MockServer } from '../kit/mockServer';

export const PAGECALL_SECRET = 'pc-secret-9d2f';

/** One mock server for the three providers (under /whereby, /pagecall/v1 and /vc) and their credentials. */
export function meetingMock() {
	const server = new MockServer();
	const mock = { server, url: '', credentials: {} as Record<string, TestCredential> };
	beforeAll(async () => {
		mock.url = await server.start();
		mock.credentials = {
			wherebyApi: {
				type: new WherebyApi(),
				data: { apiKey: 'wb-key', baseUrl: `${mock.url}/whereby` },
			},
			pagecallApi: {
				type: new PagecallApi(),
				data: {
					apiToken: 'pc-token',
					webhookSecret: PAGECALL_SECRET,
					baseUrl: `${mock.url}/pagecall/v1`,
				},
			},
			videochamadaApi: {
				type: new VideochamadaApi(),
				data: { apiToken: 'vc-token', baseUrl: `${mock.url}/vc` },
			},
		};
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	return mock;
}

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
