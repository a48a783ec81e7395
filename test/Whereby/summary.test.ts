import { byId, page, runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const run = runner(credentials, 'summary');

describe('Whereby summary (beta)', () => {
	it('create sends the transcription ID and the template value per item', async () => {
		server.on('POST', '/v1/summaries', (req) => ({
			status: 201,
			body: { summaryId: `sum-${req.json.transcriptionId}` },
		}));
		const result = await run(
			{
				operation: 'create',
				transcriptionId: byId('={{ $json.t }}'),
				template: '={{ $json.template }}',
			},
			[
				{ t: 'tr-1', template: 'SOAP' },
				{ t: 'tr-2', template: 'Educational Tutoring' },
			],
		);
		expect(server.requests.map((r) => r.json)).toEqual([
			{ transcriptionId: 'tr-1', template: 'SOAP' },
			{ transcriptionId: 'tr-2', template: 'Educational Tutoring' },
		]);
		expect(result.items).toEqual([
			{ json: { summaryId: 'sum-tr-1' }, pairedItem: { item: 0 } },
			{ json: { summaryId: 'sum-tr-2' }, pairedItem: { item: 1 } },
		]);
	});

	it('create reads a template that differs only in letter case as the option, and sends the option', async () => {
		server.on('POST', '/v1/summaries', { body: { summaryId: 'sum-tr-1' } });
		const result = await run({ operation: 'create', transcriptionId: 'tr-1', template: 'soap' });
		expect(result.error).toBeUndefined();
		expect(server.received('POST', '/v1/summaries').map((r) => r.json)).toEqual([
			{ transcriptionId: 'tr-1', template: 'SOAP' },
		]);
	});

	it.each(['soaps', 'Bullet Points', ''])(
		'create rejects the template %j before any request',
		async (template) => {
			const result = await run({ operation: 'create', transcriptionId: 'tr-1', template });
			expect(result.error?.message).toContain(
				'Invalid "Template" (template) in item 0: must be one of Educational Lecture, Educational Tutoring, Extended SOAP, General Bulleted, General Narrative, SOAP (got ',
			);
			expect(server.requests).toHaveLength(0);
		},
	);

	it('create explains a 403 (summaries are a beta for selected customers)', async () => {
		server.on('POST', '/v1/summaries', { status: 403, body: { error: 'Forbidden' } });
		const result = await run({ operation: 'create', transcriptionId: 'tr-1', template: 'SOAP' });
		expect(result.error?.message).toBe('Whereby returned 403: Forbidden');
		expect(result.error?.description).toContain('summaries are a beta for selected customers');
	});

	it('get, delete and getAll', async () => {
		server.on('GET', '/v1/summaries/sum-1', {
			body: { summaryId: 'sum-1', summary: { summary: 'Notes' } },
		});
		server.on('DELETE', '/v1/summaries/sum-1', { status: 204 });
		server.on('GET', '/v1/summaries', page('summaryId', 0, 3, null));
		const got = await run({ operation: 'get', summaryId: byId('sum-1') });
		const deleted = await run({ operation: 'delete', summaryId: 'sum-1' });
		const all = await run(
			{ operation: 'getAll', returnAll: true, filters: { sortBy: 'startDate:desc' } },
			[{}, {}],
		);
		expect(got.items).toEqual([
			{ json: { summaryId: 'sum-1', summary: { summary: 'Notes' } }, pairedItem: { item: 0 } },
		]);
		expect(deleted.items).toEqual([
			{ json: { deleted: true, summaryId: 'sum-1' }, pairedItem: { item: 0 } },
		]);
		expect(all.items.map((i) => [i.json.summaryId, i.pairedItem])).toEqual([
			['0', { item: 0 }],
			['1', { item: 0 }],
			['2', { item: 0 }],
			['0', { item: 1 }],
			['1', { item: 1 }],
			['2', { item: 1 }],
		]);
		expect(server.received('GET', '/v1/summaries').map((r) => r.query)).toEqual([
			{ sortBy: 'startDate:desc', limit: '100' },
			{ sortBy: 'startDate:desc', limit: '100' },
		]);
	});
});
