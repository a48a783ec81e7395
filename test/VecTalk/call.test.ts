import { VecTalk } from '../../nodes/VecTalk/VecTalk.node';
import { runNode } from '../kit/harness';
import { mockApi } from '../kit/mockApi';
import { TOKEN, vecTalkCredentials } from './fixtures';

const { server, credentials } = mockApi(vecTalkCredentials);

const node = new VecTalk();
const PATH = '/api/calls/terminate';
const terminate = (callId: string, items?: Array<Record<string, string>>, continueOnFail = false) =>
	runNode(node, {
		credentials,
		items,
		continueOnFail,
		parameters: { resource: 'call', operation: 'terminate', callId },
	});

describe('VecTalk call terminate', () => {
	it('posts { call_id } per item and returns success with the call id', async () => {
		server.on('POST', PATH, { body: { success: true } });
		const result = await terminate('={{ $json.id }}', [{ id: 'wacid.AAA' }, { id: ' wacid.BBB ' }]);
		expect(result.error).toBeUndefined();
		const sent = server.received('POST', PATH);
		expect(sent.map((r) => r.json)).toEqual([{ call_id: 'wacid.AAA' }, { call_id: 'wacid.BBB' }]);
		expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(sent[0].headers['content-type']).toContain('application/json');
		expect(result.items).toEqual([
			{ json: { success: true, callId: 'wacid.AAA' }, pairedItem: { item: 0 } },
			{ json: { success: true, callId: 'wacid.BBB' }, pairedItem: { item: 1 } },
		]);
	});

	it('rejects an empty call ID before any request', async () => {
		const result = await terminate('  ');
		expect(result.error?.message).toBe('Invalid "Call ID" (callId) in item 0: must not be empty');
		expect(server.requests).toHaveLength(0);
	});

	it('names the call in a 404 and keeps going under continueOnFail', async () => {
		server.on('POST', PATH, (req) =>
			req.json.call_id === 'wacid.GONE'
				? { status: 404, body: { error: { message: 'Call not found', code: 138006 } } }
				: { body: { success: true } },
		);
		const result = await terminate(
			'={{ $json.id }}',
			[{ id: 'wacid.GONE' }, { id: 'wacid.OK' }],
			true,
		);
		expect(result.items[0].json).toMatchObject({
			error: 'VecTalk returned 404 (code 138006): Call not found',
			statusCode: 404,
		});
		expect(result.items[0].json.description).toContain('No call "wacid.GONE" was found');
		expect(result.items[1].json).toEqual({ success: true, callId: 'wacid.OK' });
	});

	it('fails when VecTalk answers success: false', async () => {
		server.on('POST', PATH, { body: { success: false } });
		const result = await terminate('wacid.X');
		expect(result.error?.message).toBe('VecTalk did not terminate call "wacid.X" (item 0)');
	});

	it('reads a VecTalk error body of its own shape', async () => {
		server.on('POST', PATH, { status: 422, body: { message: 'call_id is required' } });
		const result = await terminate('wacid.X');
		expect(result.error?.message).toBe('VecTalk returned 422: call_id is required');
		expect(server.requests).toHaveLength(1);
	});
});
