import { callListSearch } from '../kit/harness';
import { node, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const search = (method: string, filter?: string, token?: string) =>
	callListSearch(
		node,
		{ credentials, parameters: { resource: 'meeting', operation: 'get' } },
		method,
		filter,
		token,
	);

describe('Whereby "From List" searches', () => {
	it('lists meetings 100 a page, labels them, and hands back the cursor', async () => {
		server.on('GET', '/v1/meetings', {
			body: {
				results: [
					{ meetingId: '11', roomName: '/standup', endDate: '2030-01-01T10:00:00Z' },
					{ meetingId: '12', roomName: '/retro', endDate: '2030-01-02T10:00:00Z' },
				],
				cursor: 'next-1',
			},
		});
		const first = await search('searchMeetings');
		expect(first).toEqual({
			results: [
				{ name: '/standup (ends 2030-01-01T10:00:00Z)', value: '11' },
				{ name: '/retro (ends 2030-01-02T10:00:00Z)', value: '12' },
			],
			paginationToken: 'next-1',
		});
		expect(server.requests[0].query).toEqual({ limit: '100' });
		expect(server.requests[0].headers.authorization).toBe('Bearer key-123');
	});

	it('sends the cursor back for the next page and filters on what the user typed', async () => {
		server.on('GET', '/v1/recordings', {
			body: {
				results: [
					{ recordingId: 'r1', roomName: '/Sales-call', startDate: '2030-01-01T10:00:00Z' },
					{ recordingId: 'r2', roomName: '/support', startDate: '2030-01-01T11:00:00Z' },
				],
				cursor: null,
			},
		});
		const result = await search('searchRecordings', 'sales', 'c-2');
		expect(result).toEqual({
			results: [{ name: '/Sales-call · 2030-01-01 10:00', value: 'r1' }],
			paginationToken: undefined,
		});
		expect(server.requests[0].query).toEqual({ cursor: 'c-2', limit: '100' });
	});

	it.each([
		[
			'searchTranscriptions',
			'/v1/transcriptions',
			{ transcriptionId: 't1', roomName: '/a', startDate: '2030-01-01T10:00:00Z', state: 'ready' },
			'/a · 2030-01-01 10:00 (ready)',
			't1',
		],
		[
			'searchSummaries',
			'/v1/summaries',
			{ summaryId: 's1', roomName: '/a', template: 'SOAP', state: 'completed' },
			'/a · SOAP (completed)',
			's1',
		],
	])('%s lists %s', async (method, path, record, name, value) => {
		server.on('GET', path, { body: { results: [record], cursor: null } });
		expect(await search(method)).toEqual({
			results: [{ name, value }],
			paginationToken: undefined,
		});
	});

	it('maps a provider failure to the same error as the operations', async () => {
		server.on('GET', '/v1/meetings', { status: 401, body: { error: 'Invalid token' } });
		await expect(search('searchMeetings')).rejects.toThrow('Whereby returned 401: Invalid token');
	});
});
