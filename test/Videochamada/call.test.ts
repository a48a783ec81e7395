import type { IDataObject } from 'n8n-workflow';

import { Videochamada } from '../../nodes/Videochamada/Videochamada.node';
import { resourceRunner, runNode } from '../kit/harness';
import { mockApi } from '../kit/mockApi';
import { videochamadaCredentials } from './fixtures';

const { server, credentials } = mockApi((url) => videochamadaCredentials(url));

const node = new Videochamada();
const run = resourceRunner(node, credentials, 'call');
const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();
const created = (id: string) => ({
	status: 201,
	body: {
		id,
		status: 'created',
		created: '2026-01-29T11:26:01Z',
		url: `https://videochamada.com.br/calls/${id}`,
	},
});

describe('videochamada call create', () => {
	it('creates one call per item with the exact JSON body and pairs each output to its item', async () => {
		server.on('POST', '/api/calls', (req) => created(`call-${req.json.title}`));
		const result = await run(
			{
				operation: 'create',
				title: '={{ $json.title }}',
				expiresAt: '2099-01-01T10:00:00+02:00',
				recording: '={{ $json.recording }}',
			},
			[
				{ title: 'alpha', recording: 'always' },
				{ title: 'beta', recording: 'never' },
				{ title: 'gamma', recording: 'projectDefault' },
			],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['call-alpha', { item: 0 }],
			['call-beta', { item: 1 }],
			['call-gamma', { item: 2 }],
		]);
		const sent = server.received('POST', '/api/calls');
		expect(sent).toHaveLength(3);
		expect(sent[0].headers.authorization).toBe('Bearer tok-123');
		expect(sent[0].headers['content-type']).toContain('application/json');
		expect(sent.map((r) => r.json)).toEqual([
			{ title: 'alpha', expiresAt: '2099-01-01T10:00:00.000+02:00', recording: true },
			{ title: 'beta', expiresAt: '2099-01-01T10:00:00.000+02:00', recording: false },
			{ title: 'gamma', expiresAt: '2099-01-01T10:00:00.000+02:00' },
		]);
	});

	it('reads an expiration without offset in the workflow timezone and sends the offset', async () => {
		server.on('POST', '/api/calls', created('1'));
		await run(
			{
				operation: 'create',
				title: 'T',
				expiresAt: '2099-06-01T09:30:00',
			},
			undefined,
			{ timezone: 'America/Sao_Paulo' },
		);
		expect(server.received()[0].json).toEqual({
			title: 'T',
			expiresAt: '2099-06-01T09:30:00.000-03:00',
		});
	});

	it('accepts a luxon DateTime from {{ $now.plus(1, "hour") }}', async () => {
		server.on('POST', '/api/calls', created('1'));
		const before = Date.now();
		const result = await run(
			{
				operation: 'create',
				title: 'T',
				expiresAt: "={{ $now.plus(1, 'hour') }}",
			},
			undefined,
			{ timezone: 'America/Sao_Paulo' },
		);
		const after = Date.now();
		expect(result.error).toBeUndefined();
		const expiresAt = server.received()[0].json.expiresAt as string;
		expect(expiresAt).toMatch(/-03:00$/);
		// An hour after the node ran, however long it took (the date is sent to the millisecond).
		expect(Date.parse(expiresAt)).toBeGreaterThanOrEqual(before + 3600_000);
		expect(Date.parse(expiresAt)).toBeLessThanOrEqual(after + 3600_000);
	});

	it('rejects an expiration in the past before any request of that item, naming field and item', async () => {
		server.on('POST', '/api/calls', created('1'));
		const result = await run(
			{
				operation: 'create',
				title: 'T',
				expiresAt: '={{ $json.at }}',
			},
			[{ at: inOneHour() }, { at: '2020-01-01T00:00:00Z' }],
		);
		expect(result.error?.message).toBe(
			'Invalid "Expires At" (expiresAt) in item 1: must be in the future (got 2020-01-01T00:00:00.000Z)',
		);
		expect(server.received('POST')).toHaveLength(1);
	});

	it.each([
		[
			{ title: 'T', expiresAt: 'tomorrow' },
			'Invalid "Expires At" (expiresAt) in item 0: must be an ISO 8601 date and time',
		],
		[
			{ title: 'T', expiresAt: '' },
			'Invalid "Expires At" (expiresAt) in item 0: must be an ISO 8601 date and time',
		],
		[
			{ title: '  ', expiresAt: inOneHour() },
			'Invalid "Title" (title) in item 0: must not be empty',
		],
		[
			{ title: 'T', expiresAt: inOneHour(), recording: 'yes' },
			'Invalid "Recording" (recording) in item 0: must be one of projectDefault, always, never',
		],
	])('rejects %j without sending anything', async (fields, message) => {
		const result = await run({ operation: 'create', ...fields });
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});
});

describe('videochamada errors', () => {
	const create = {
		resource: 'call',
		operation: 'create',
		title: 'T',
		expiresAt: '2099-01-01T00:00:00Z',
	};

	it.each([
		[
			403,
			'Limite de gastos foi atingido',
			'The monthly spending limit of the organization has been reached',
			/Raise the spending limit/,
		],
		[
			403,
			'Maximum spending limit reached for this month',
			'The monthly spending limit of the organization has been reached',
			/next billing cycle/,
		],
		[
			403,
			'Organização não encontrada',
			'The organization of this API token was not found',
			/Check the API token/,
		],
		[
			403,
			'Organization not found',
			'The organization of this API token was not found',
			/Check the API token/,
		],
		[
			403,
			'Assinatura não encontrada',
			'The organization has no active subscription',
			/Activate a subscription/,
		],
		[
			403,
			'Subscription not found',
			'The organization has no active subscription',
			/Activate a subscription/,
		],
		[
			403,
			'IP not allowed',
			'The IP address of this n8n instance is not on the allow-list of the API token',
			/allowed IPs/,
		],
		[
			403,
			'Resource belongs to another project',
			'The call or recording belongs to another project',
			/project that owns it/,
		],
		[
			400,
			'Invalid expiration date',
			'The expiration date is not in the future',
			/clock of the n8n server/,
		],
		[400, 'Invalid date format', 'A date is not in ISO 8601 format', /2026-10-16/],
		[
			400,
			'Pagination limit exceeded',
			'More than 100 records per page were asked for',
			/at most 100/,
		],
		[400, 'Invalid parameters', 'A parameter is missing or invalid', /Check the values/],
	])(
		'maps %i "%s" to a clear English message with a hint',
		async (status, providerMessage, english, hint) => {
			const error = status === 403 ? 'Forbidden' : 'Bad Request';
			server.on('POST', '/api/calls', {
				status,
				body: { message: providerMessage, error, statusCode: status },
			});
			const result = await runNode(node, { credentials, parameters: create });
			const escaped = providerMessage.replace(/'/g, '&#39;');
			expect(result.error?.message).toBe(
				`videochamada.com.br returned ${status}: ${english} (provider message: ${escaped})`,
			);
			expect(result.error?.description).toMatch(hint);
			expect(result.error?.httpCode).toBe(String(status));
			expect(server.requests).toHaveLength(1);
		},
	);

	it('keeps an unknown message as the provider wrote it, escaped, with the status hint', async () => {
		server.on('POST', '/api/calls', {
			status: 403,
			body: { message: ['title <b>bad</b>', 'x'], error: 'Forbidden', statusCode: 403 },
		});
		const result = await runNode(node, { credentials, parameters: create });
		expect(result.error?.message).toBe(
			'videochamada.com.br returned 403: title &#60;b&#62;bad&#60;/b&#62;; x',
		);
		expect(result.error?.description).toContain('IP allow-list');
	});

	it('gives the 401 hint for a wrong token and never shows the token', async () => {
		server.on('POST', '/api/calls', {
			status: 401,
			body: { message: 'Unauthorized', statusCode: 401 },
		});
		const result = await runNode(node, { credentials, parameters: create });
		expect(result.error?.message).toBe('videochamada.com.br returned 401: Unauthorized');
		expect(result.error?.description).toContain('API token');
		expect(
			JSON.stringify({ m: result.error?.message, d: result.error?.description }),
		).not.toContain('tok-123');
	});

	it('under continueOnFail puts the error on the failed item and goes on', async () => {
		server.on('GET', /^\/api\/calls\/[^/]+\/status$/, (req) =>
			req.path.includes('missing')
				? { status: 404, body: { message: 'Call not found', error: 'Not Found', statusCode: 404 } }
				: { body: { callId: req.path.split('/')[3], status: 'active' } },
		);
		const result = await run(
			{ operation: 'get', callId: '={{ $json.id }}' },
			[{ id: 'a' }, { id: 'missing' }, { id: 'c' }],
			{ continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json).toEqual({ callId: 'a', status: 'active' });
		expect(result.items[1].json).toMatchObject({
			error: 'videochamada.com.br returned 404: Call not found',
			statusCode: 404,
		});
		expect(result.items[1].json.description).toContain('No call "missing" was found');
		expect(result.items[2].json.callId).toBe('c');
	});

	it('retries a 503 on a read, as Retry-After says', async () => {
		server.on(
			'GET',
			'/api/calls/x/status',
			{ status: 503, headers: { 'retry-after': '0' } },
			{ body: { callId: 'x' } },
		);
		const result = await run({ operation: 'get', callId: 'x' });
		expect(result.items[0].json).toEqual({ callId: 'x' });
		expect(server.requests).toHaveLength(2);
	});
});

describe('videochamada call get / getParticipants', () => {
	it('gets the live status, encoding the id, from an ID or a call URL', async () => {
		server.on('GET', /\/status$/, {
			body: { callId: '1', status: 'active', activeParticipants: 2 },
		});
		await run(
			{
				operation: 'get',
				callId: { __rl: true, mode: 'id', value: 'a/b c' },
			},
			[{}, {}],
		);
		await run({
			operation: 'get',
			callId: {
				__rl: true,
				mode: 'url',
				value: 'https://videochamada.com.br/calls/call_123?x=1',
			},
		});
		expect(server.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/api/calls/a%2Fb%20c/status'],
			['GET', '/api/calls/a%2Fb%20c/status'],
			['GET', '/api/calls/call_123/status'],
		]);
	});

	describe('with Created On, the link from the call list', () => {
		// The documented Create answer: id 12345, url https://api.videochamada.com.br/calls/12345.
		const documented = {
			id: '12345',
			status: 'created',
			created: '2025-01-29T14:26:01.000Z',
			url: 'https://api.videochamada.com.br/calls/12345',
		};
		const other = (n: number) => ({
			id: `other-${n}`,
			status: 'ended',
			created: '2025-01-29T10:00:00.000Z',
			url: `https://api.videochamada.com.br/calls/other-${n}`,
		});
		const getWithCreatedOn = (createdOn: string, items?: IDataObject[]) =>
			run(
				{
					operation: 'get',
					callId: { __rl: true, mode: 'id', value: '12345' },
					options: { createdOn },
				},
				items,
				{ timezone: 'America/Sao_Paulo' },
			);

		it('adds the url of the documented example, read from the list over the created day ± 1, stopping once found', async () => {
			server.on('GET', '/api/calls/12345/status', {
				body: {
					callId: '12345',
					status: 'created',
					started: null,
					activeParticipants: 0,
					participants: [],
				},
			});
			server.on('GET', '/api/calls', (req) => ({
				body: {
					data:
						req.query.page === '1' ? Array.from({ length: 100 }, (_, n) => other(n)) : [documented],
					pagination: { page: Number(req.query.page), limit: 100, total: 250, totalPages: 3 },
				},
			}));
			const result = await getWithCreatedOn('={{ $json.created }}', [documented]);
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([
				{
					json: {
						callId: '12345',
						status: 'created',
						started: null,
						activeParticipants: 0,
						participants: [],
						url: 'https://api.videochamada.com.br/calls/12345',
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(server.requests.map((r) => [r.path, r.query])).toEqual([
				['/api/calls/12345/status', {}],
				['/api/calls', { startDate: '2025-01-28', endDate: '2025-01-30', page: '1', limit: '100' }],
				['/api/calls', { startDate: '2025-01-28', endDate: '2025-01-30', page: '2', limit: '100' }],
			]);
		});

		it('fails the item, naming the window, when the call is not in it', async () => {
			server.on('GET', '/api/calls/12345/status', { body: { callId: '12345', status: 'ended' } });
			server.on('GET', '/api/calls', {
				body: { data: [other(1)], pagination: { page: 1, limit: 100, total: 1, totalPages: 1 } },
			});
			const result = await getWithCreatedOn('2025-03-01');
			expect(result.error?.message).toBe(
				'Call "12345" is not among the calls created from 2025-02-28 to 2025-03-02 (item 0), so its link was not found',
			);
			expect(result.error?.description).toContain('Created On');
		});

		it('rejects a Created On that is not a date before any request', async () => {
			const result = await getWithCreatedOn('last tuesday');
			expect(result.error?.message).toBe(
				'Invalid "Created On" (options.createdOn) in item 0: must be a date like 2026-12-01',
			);
			expect(server.requests).toHaveLength(0);
		});
	});

	it('rejects an empty call ID without a request', async () => {
		const result = await run({ operation: 'get', callId: ' ' });
		expect(result.error?.message).toBe('Invalid "Call ID" (callId) in item 0: must not be empty');
		expect(server.requests).toHaveLength(0);
	});

	it('turns the bare participants array into one item per participant, paired per input item', async () => {
		server.on('GET', /\/participants$/, (req) => ({
			body: [
				{
					sessionId: `${req.path.split('/')[3]}-s1`,
					username: 'Ana',
					active: true,
					events: [{ type: 'participant_joined' }],
				},
				{ sessionId: `${req.path.split('/')[3]}-s2`, username: 'Bruno', active: false, events: [] },
			],
		}));
		const result = await run({ operation: 'getParticipants', callId: '={{ $json.id }}' }, [
			{ id: 'c1' },
			{ id: 'c2' },
		]);
		expect(result.items.map((i) => [i.json.sessionId, i.pairedItem])).toEqual([
			['c1-s1', { item: 0 }],
			['c1-s2', { item: 0 }],
			['c2-s1', { item: 1 }],
			['c2-s2', { item: 1 }],
		]);
		expect(server.requests.map((r) => r.path)).toEqual([
			'/api/calls/c1/participants',
			'/api/calls/c2/participants',
		]);
	});
});

describe('videochamada call getAll', () => {
	const calls = (from: number, n: number) =>
		Array.from({ length: n }, (_, k) => ({ id: `call_${from + k}` }));

	it('sends the date window with page/limit and follows pagination.totalPages, stopping at the limit', async () => {
		server.on('GET', '/api/calls', (req) => {
			const page = Number(req.query.page);
			return {
				body: {
					data: calls((page - 1) * 100, 100),
					pagination: { page, limit: 100, total: 300, totalPages: 3 },
				},
			};
		});
		const result = await run({
			operation: 'getAll',
			startDate: '2026-10-01',
			endDate: '2026-10-31T23:00:00',
			returnAll: false,
			limit: 150,
		});
		expect(result.items).toHaveLength(150);
		expect(result.items[149].json.id).toBe('call_149');
		expect(server.requests.map((r) => r.query)).toEqual([
			{ startDate: '2026-10-01', endDate: '2026-10-31', page: '1', limit: '100' },
			{ startDate: '2026-10-01', endDate: '2026-10-31', page: '2', limit: '100' },
		]);
		expect(server.requests[0].headers.authorization).toBe('Bearer tok-123');
	});

	it('with Return All reads every page, once per input item with that item’s window', async () => {
		server.on('GET', '/api/calls', (req) => {
			const page = Number(req.query.page);
			return {
				body: {
					data: calls(page * 10, 2).map((c) => ({ ...c, day: req.query.startDate })),
					pagination: { totalPages: 2 },
				},
			};
		});
		const result = await run(
			{
				operation: 'getAll',
				startDate: '={{ $json.day }}',
				endDate: '={{ $json.day }}',
				returnAll: true,
			},
			[{ day: '2026-01-05' }, { day: '2026-02-07' }],
		);
		expect(result.items.map((i) => [i.json.day, i.pairedItem])).toEqual([
			['2026-01-05', { item: 0 }],
			['2026-01-05', { item: 0 }],
			['2026-01-05', { item: 0 }],
			['2026-01-05', { item: 0 }],
			['2026-02-07', { item: 1 }],
			['2026-02-07', { item: 1 }],
			['2026-02-07', { item: 1 }],
			['2026-02-07', { item: 1 }],
		]);
		expect(server.requests.map((r) => `${r.query.startDate} ${r.query.page}`)).toEqual([
			'2026-01-05 1',
			'2026-01-05 2',
			'2026-02-07 1',
			'2026-02-07 2',
		]);
	});

	it('without a pagination object stops at the first short page', async () => {
		server.on('GET', '/api/calls', { body: { data: calls(0, 3) } });
		const result = await run({
			operation: 'getAll',
			startDate: '2026-01-01',
			endDate: '2026-01-02',
			returnAll: true,
		});
		expect(result.items).toHaveLength(3);
		expect(server.requests).toHaveLength(1);
	});

	it('takes luxon dates from expressions, as calendar dates in the workflow timezone', async () => {
		server.on('GET', '/api/calls', { body: { data: [], pagination: { totalPages: 0 } } });
		await run(
			{
				operation: 'getAll',
				startDate: "={{ $today.minus(1, 'day') }}",
				endDate: '={{ $today }}',
				limit: 5,
			},
			undefined,
			{ timezone: 'America/Sao_Paulo' },
		);
		const { startDate, endDate, limit } = server.requests[0].query as Record<string, string>;
		expect(startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Date.parse(endDate) - Date.parse(startDate)).toBe(86400_000);
		expect(limit).toBe('5');
	});

	it.each([
		[
			{ startDate: '2026-02-01', endDate: '2026-01-31' },
			'Invalid "End Date" (endDate) in item 0: must not be before the Start Date (2026-02-01)',
		],
		[
			{ startDate: '01/02/2026', endDate: '2026-01-31' },
			'Invalid "Start Date" (startDate) in item 0: must be a date like 2026-12-01',
		],
		[
			{ startDate: '2026-01-01', endDate: '' },
			'Invalid "End Date" (endDate) in item 0: must be a date like 2026-12-01',
		],
	])('rejects the window %j without a request', async (window, message) => {
		const result = await run({ operation: 'getAll', returnAll: true, ...window });
		expect(result.error?.message).toBe(message);
		expect(server.requests).toHaveLength(0);
	});
});
