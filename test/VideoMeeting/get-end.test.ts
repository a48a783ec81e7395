import { roomLink } from '../../nodes/Pagecall/actions/room/helpers';
import { VideoMeeting } from '../../nodes/VideoMeeting/VideoMeeting.node';
import { runNode } from '../kit/harness';
import { meetingMock, PAGECALL_SECRET, wherebyMeeting } from './fixtures';

const mock = meetingMock();
const node = new VideoMeeting();
const params = (
	provider: string,
	operation: string,
	meetingId: string,
	extra: Record<string, unknown> = {},
) => ({
	provider,
	resource: 'meeting',
	operation,
	meetingId,
	...extra,
});

describe('Video Meeting get', () => {
	it('Whereby: asks for the host room URL only when Host Link is on, one request per item', async () => {
		const { server } = mock;
		server.on('GET', /^\/whereby\/meetings\/[^/]+$/, (req) => ({
			body: wherebyMeeting(req.path.split('/').pop() as string, {
				fields: req.query.fields === 'hostRoomUrl' ? ['hostRoomUrl'] : [],
			}),
		}));
		const result = await runNode(node, {
			credentials: mock.credentials,
			items: [
				{ id: '11', host: true },
				{ id: '12', host: false },
			],
			parameters: params('whereby', 'get', '={{ $json.id }}', {
				options: { hostLink: '={{ $json.host }}' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => [r.path, r.query])).toEqual([
			['/whereby/meetings/11', { fields: 'hostRoomUrl' }],
			['/whereby/meetings/12', {}],
		]);
		expect(result.items[0].json).toEqual({
			provider: 'whereby',
			meetingId: '11',
			title: null,
			joinUrl: 'https://demo.whereby.com/abc-11',
			hostUrl: 'https://demo.whereby.com/abc-11?roomKey=k-11',
			startDate: '2026-12-01T09:00:00.000Z',
			endDate: '2099-01-01T00:00:00.000Z',
			recording: null,
			data: wherebyMeeting('11', { fields: ['hostRoomUrl'] }),
		});
		expect(result.items.map((i) => [i.json.hostUrl === null, i.pairedItem])).toEqual([
			[false, { item: 0 }],
			[true, { item: 1 }],
		]);
	});

	it('Pagecall: the room in the common shape, without the webhook secret', async () => {
		const { server, url } = mock;
		server.on('GET', '/pagecall/v1/rooms/room%2F1', {
			body: {
				room: {
					id: 'room/1',
					name: 'Weekly',
					record: false,
					started_at: '2026-12-01T09:00:00+02:00',
					terminated_at: null,
					webhook: {
						url: 'https://n8n.example/webhook',
						headers: { 'X-Webhook-Secret': PAGECALL_SECRET },
					},
				},
			},
		});
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('pagecall', 'get', 'room/1'),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			provider: 'pagecall',
			meetingId: 'room/1',
			title: 'Weekly',
			joinUrl: `${url}/pagecall/room%2F1`,
			hostUrl: null,
			startDate: '2026-12-01T07:00:00.000Z',
			endDate: null,
			recording: 'off',
		});
		expect(JSON.stringify(result.items[0].json)).not.toContain(PAGECALL_SECRET);
	});

	it('videochamada.com.br: the live status, with nulls where the status has no value', async () => {
		const { server } = mock;
		const status = {
			callId: 'c1',
			status: 'active',
			started: '2026-12-01T12:00:00Z',
			participants: [],
		};
		server.on('GET', '/vc/api/calls/c1/status', { body: status });
		const result = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('videochamada', 'get', ' c1 '),
		});
		expect(result.items[0].json).toEqual({
			provider: 'videochamada',
			meetingId: 'c1',
			title: null,
			joinUrl: null,
			hostUrl: null,
			startDate: '2026-12-01T12:00:00.000Z',
			endDate: null,
			recording: null,
			data: status,
		});
	});

	it('turns a provider 404 into an error naming the meeting, and an empty ID into an input error', async () => {
		mock.server.on('GET', '/whereby/meetings/404', {
			status: 404,
			body: { error: 'Meeting not found' },
		});
		const missing = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('whereby', 'get', '404'),
		});
		expect(missing.error?.message).toBe('Whereby returned 404: Meeting not found');
		expect(missing.error?.description).toContain('No meeting "404" was found');
		const empty = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('whereby', 'get', ''),
		});
		expect(empty.error?.message).toBe(
			'Invalid "Meeting ID" (meetingId) in item 0: must not be empty',
		);
		expect(mock.server.requests).toHaveLength(1);
	});
});

describe('Video Meeting end', () => {
	it('Whereby deletes the meeting; Pagecall terminates the room', async () => {
		const { server } = mock;
		server.on('DELETE', '/whereby/meetings/5', { status: 204 });
		server.on('PUT', '/pagecall/v1/rooms/r5', {
			body: { room: { id: 'r5', terminated_at: '2026-12-01T10:00:00Z' } },
		});
		const whereby = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('whereby', 'end', '5'),
		});
		const pagecall = await runNode(node, {
			credentials: mock.credentials,
			parameters: params('pagecall', 'end', 'r5'),
		});
		expect([whereby.items[0].json, pagecall.items[0].json]).toEqual([
			{ ended: true, provider: 'whereby', meetingId: '5' },
			{ ended: true, provider: 'pagecall', meetingId: 'r5' },
		]);
		expect(server.requests.map((r) => [r.method, r.path, r.json])).toEqual([
			['DELETE', '/whereby/meetings/5', undefined],
			['PUT', '/pagecall/v1/rooms/r5', { is_terminated: true }],
		]);
	});

	it('videochamada.com.br fails before any request, saying there is no documented way, per item under continueOnFail', async () => {
		const result = await runNode(node, {
			credentials: mock.credentials,
			continueOnFail: true,
			items: [{}, {}],
			parameters: params('videochamada', 'end', 'c1'),
		});
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			[
				'videochamada.com.br has no documented way to end a call (item 0); nothing was sent',
				{ item: 0 },
			],
			[
				'videochamada.com.br has no documented way to end a call (item 1); nothing was sent',
				{ item: 1 },
			],
		]);
		expect(result.items[0].json.description).toContain('expiry');
		expect(mock.server.requests).toHaveLength(0);
	});
});

describe('Pagecall room link', () => {
	it.each([
		['https://api.pagecall.com/v1', 'https://app.pagecall.com/r1'],
		['https://api.pagecall.net/v1/', 'https://app.pagecall.net/r1'],
		['http://127.0.0.1:5680/pagecall/v1', 'http://127.0.0.1:5680/pagecall/r1'],
	])('from the Base URL %s is %s', (base, link) => {
		expect(roomLink(base, 'r1')).toBe(link);
		expect(roomLink(base, 'r1', 'tok&=')).toBe(`${link}?access_token=tok%26%3D`);
	});
});
