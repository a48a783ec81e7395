import { Pagecall } from '../../nodes/Pagecall/Pagecall.node';
import { callListSearch } from '../kit/harness';
import { pagecallMock, TOKEN } from './fixtures';

const mock = pagecallMock();
const node = new Pagecall();

describe('Pagecall room list search', () => {
	it('lists rooms by name and type, filters locally, and pages with the offset as token', async () => {
		mock.server.on('GET', '/v1/rooms', (req) => {
			const offset = Number(req.query.offset);
			const rooms =
				offset === 0
					? [
							{ id: 'a1', name: 'Daily Meet', type: 'public' },
							{ id: 'b2', name: 'Design Class', type: 'open' },
						]
					: [{ id: 'c3', type: 'private' }];
			return { body: { paging: { limit: 30, offset, total: 3 }, rooms } };
		});
		const first = await callListSearch(
			node,
			{ credentials: mock.credentials, parameters: {} },
			'searchRooms',
			'design',
		);
		expect(first).toEqual({
			results: [{ name: 'Design Class (open)', value: 'b2' }],
			paginationToken: '2',
		});
		const second = await callListSearch(
			node,
			{ credentials: mock.credentials, parameters: {} },
			'searchRooms',
			undefined,
			'2',
		);
		expect(second).toEqual({
			results: [{ name: 'c3 (private)', value: 'c3' }],
			paginationToken: undefined,
		});
		expect(mock.server.requests.map((r) => [r.query, r.headers.authorization])).toEqual([
			[{ offset: '0', limit: '30' }, `Bearer ${TOKEN}`],
			[{ offset: '2', limit: '30' }, `Bearer ${TOKEN}`],
		]);
	});
});
