import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { CONFERENCE_FIELDS } from '../../nodes/TwilioConference/actions/conference/fields';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import {
	ACCOUNT,
	AUTH_TOKEN,
	basic,
	CF,
	CF2,
	conferenceJson,
	KEY_SECRET,
	KEY_SID,
	listPage,
	ROOT,
	twilioCredentials,
	twilioError,
} from './fixtures';

const server = mockServer();

const node = new TwilioConference();
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Twilio conference get / update / end', () => {
	it('gets one conference per item with HTTP Basic auth (Account SID + Auth Token), paired to its item', async () => {
		server.on('GET', new RegExp(`^${ROOT}/Conferences/CF\\w+\\.json$`), (req) => ({
			body: conferenceJson(req.path.split('/').pop()!.replace('.json', '')),
		}));
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			items: [{ sid: CF }, { sid: CF2 }],
			parameters: {
				resource: 'conference',
				operation: 'get',
				conferenceSid: locator('={{ $json.sid }}'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.sid, i.pairedItem])).toEqual([
			[CF, { item: 0 }],
			[CF2, { item: 1 }],
		]);
		expect(server.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${ROOT}/Conferences/${CF}.json`],
			['GET', `${ROOT}/Conferences/${CF2}.json`],
		]);
		expect(server.requests[0].headers.authorization).toBe(basic(ACCOUNT, AUTH_TOKEN));
	});

	it('authenticates with an API key SID and secret when chosen, keeping the Account SID in the path', async () => {
		server.on('GET', `${ROOT}/Conferences/${CF}.json`, { body: conferenceJson(CF) });
		await runNode(node, {
			credentials: twilioCredentials(server.url, {
				authType: 'apiKey',
				apiKeySid: KEY_SID,
				apiKeySecret: KEY_SECRET,
				authToken: '',
			}),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].headers.authorization).toBe(basic(KEY_SID, KEY_SECRET));
	});

	it('ends a conference with a form-encoded Status=completed', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}.json`, {
			body: conferenceJson(CF, {
				status: 'completed',
				reason_conference_ended: 'conference-ended-via-api',
			}),
		});
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'end', conferenceSid: locator(CF) },
		});
		expect(result.items[0].json.status).toBe('completed');
		const [sent] = server.requests;
		expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(sent.body).toBe('Status=completed');
	});

	it('update with Status = Completed sends what End sends, and says so in the editor', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}.json`, {
			body: conferenceJson(CF, { status: 'completed' }),
		});
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'conference',
				operation: 'update',
				conferenceSid: locator(CF),
				updateFields: { status: 'completed' },
			},
		});
		expect(result.items[0].json.status).toBe('completed');
		expect(server.requests[0].body).toBe('Status=completed');
		const updateFields = node.description.properties.find(
			(p) => p.name === 'updateFields' && p.displayOptions?.show?.resource?.includes('conference'),
		);
		const status = (updateFields?.options as Array<{ name: string; description?: string }>).find(
			(o) => o.name === 'status',
		);
		expect(status?.description).toMatch(
			/only status Twilio takes here.*"End".*workflows that already end conferences with Update/,
		);
	});

	it('updates with an announcement, in PascalCase form fields', async () => {
		server.on('POST', `${ROOT}/Conferences/${CF}.json`, { body: conferenceJson(CF) });
		await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: {
				resource: 'conference',
				operation: 'update',
				conferenceSid: CF,
				updateFields: { announceUrl: 'https://example.com/announce.xml', announceMethod: 'GET' },
			},
		});
		expect(server.requests[0].form).toEqual({
			AnnounceUrl: 'https://example.com/announce.xml',
			AnnounceMethod: 'GET',
		});
	});

	it.each([
		[
			'updateFields',
			{ announceUrl: 'ftp://example.com/a.mp3' },
			/^Invalid "Announce URL" \(updateFields\.announceUrl\) in item 0: must be an absolute http/,
		],
		[
			'updateFields',
			{ announceMethod: 'PUT' },
			/^Invalid "Announce Method" \(updateFields\.announceMethod\) in item 0: must be one of GET, POST/,
		],
		[
			'updateFields',
			{ status: 'in-progress' },
			/^Invalid "Status" \(updateFields\.status\) in item 0: must be one of completed/,
		],
		['updateFields', {}, /^Nothing to update in item 0/],
	])('refuses the %s %j before any request', async (_key, updateFields, message) => {
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'update', conferenceSid: CF, updateFields },
		});
		expect(result.error?.message).toMatch(message);
		expect(server.requests).toHaveLength(0);
	});

	it.each([
		['', 'must not be empty'],
		['CF123', 'must be a conference SID: CF followed by 32 hex characters'],
		[`CA${'0'.repeat(32)}`, 'must be a conference SID'],
		[`CF${'g'.repeat(32)}`, 'must be a conference SID'],
		[`${CF}0`, 'must be a conference SID'],
	])(
		'refuses the conference SID %j before any request, naming field and item',
		async (sid, reason) => {
			server.on('GET', /.*/, { body: conferenceJson(CF) });
			const result = await runNode(node, {
				credentials: twilioCredentials(server.url),
				items: [{ sid: CF }, { sid }],
				parameters: {
					resource: 'conference',
					operation: 'get',
					conferenceSid: locator('={{ $json.sid }}'),
				},
			});
			expect(result.error?.message).toContain(
				`Invalid "Conference" (conferenceSid) in item 1: ${reason}`,
			);
			expect(server.requests).toHaveLength(1);
		},
	);

	it('refuses a credential whose Account SID is not AC + 32 hex, sending nothing', async () => {
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url, { accountSid: 'AC123' }),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(result.error?.message).toMatch(/Invalid "Account SID" \(accountSid\) of the credential/);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses an API key credential whose key SID is not SK + 32 hex, sending nothing', async () => {
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url, {
				authType: 'apiKey',
				apiKeySid: 'AK123',
				apiKeySecret: KEY_SECRET,
			}),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(result.error?.message).toBe(
			'Invalid "API Key SID" (apiKeySid) of the credential: must be SK followed by 32 hex characters',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('maps a Twilio error body to an error with the code, the escaped message and the more_info link', async () => {
		server.on(
			'GET',
			`${ROOT}/Conferences/${CF}.json`,
			twilioError(
				404,
				20404,
				`The requested resource <${ROOT}/Conferences/${CF}.json> was not found`,
			),
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(result.error?.message).toBe(
			`Twilio returned 404 (code 20404): The requested resource &#60;${ROOT}/Conferences/${CF}.json&#62; was not found`,
		);
		expect(result.error?.description).toContain(`No conference "${CF}" was found.`);
		expect(result.error?.description).toContain('More: https://www.twilio.com/docs/errors/20404');
		expect(result.error?.httpCode).toBe('404');
	});

	it('keeps the auth token out of errors', async () => {
		server.on('GET', `${ROOT}/Conferences/${CF}.json`, twilioError(401, 20003, 'Authenticate'));
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(result.error?.message).toBe('Twilio returned 401 (code 20003): Authenticate');
		expect(
			JSON.stringify({
				...result.error,
				message: result.error?.message,
				description: result.error?.description,
			}),
		).not.toContain(AUTH_TOKEN);
	});

	it('retries a 429 (error 20429) and then succeeds', async () => {
		server.on(
			'GET',
			`${ROOT}/Conferences/${CF}.json`,
			{ ...twilioError(429, 20429, 'Too Many Requests'), headers: { 'retry-after': '0' } },
			{ body: conferenceJson(CF) },
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'get', conferenceSid: CF },
		});
		expect(result.items[0].json.sid).toBe(CF);
		expect(server.requests).toHaveLength(2);
	});

	it('under continueOnFail gives the failed item an error item and goes on', async () => {
		server.on('GET', `${ROOT}/Conferences/${CF}.json`, { body: conferenceJson(CF) });
		server.on('GET', `${ROOT}/Conferences/${CF2}.json`, twilioError(404, 20404, 'not found'));
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			continueOnFail: true,
			items: [{ sid: CF2 }, { sid: CF }],
			parameters: { resource: 'conference', operation: 'get', conferenceSid: '={{ $json.sid }}' },
		});
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({
			error: 'Twilio returned 404 (code 20404): not found',
			statusCode: 404,
		});
		expect(result.items[1].json.sid).toBe(CF);
	});
});

describe('Twilio conference getAll', () => {
	const conferences = (from: number, n: number) =>
		Array.from({ length: n }, (_, k) => ({ sid: `CF${String(from + k).padStart(32, '0')}` }));

	it('with Limit 10 sends exactly one request with PageSize=10', async () => {
		server.on(
			'GET',
			`${ROOT}/Conferences.json`,
			listPage(
				'conferences',
				conferences(0, 10),
				`${ROOT}/Conferences.json?PageSize=10&Page=1&PageToken=PA1`,
				10,
			),
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'getAll', returnAll: false, limit: 10 },
		});
		expect(result.items).toHaveLength(10);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].query).toEqual({ PageSize: '10' });
	});

	it('with Return All follows the root-relative next_page_uri to the end, with PageSize 1000', async () => {
		const next = `${ROOT}/Conferences.json?Status=completed&PageSize=1000&Page=1&PageToken=PA${'f'.repeat(8)}`;
		server.on('GET', `${ROOT}/Conferences.json`, (req) =>
			req.query.Page === undefined
				? listPage('conferences', conferences(0, 1000), next, 1000)
				: listPage('conferences', conferences(1000, 3), null, 1000),
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			items: [{}, {}],
			parameters: {
				resource: 'conference',
				operation: 'getAll',
				returnAll: true,
				filters: { status: 'completed' },
			},
		});
		expect(result.items).toHaveLength(2006);
		expect(result.items[1002].json.sid).toBe(`CF${'1002'.padStart(32, '0')}`);
		expect(result.items[1003].pairedItem).toEqual({ item: 1 });
		expect(server.requests.map((r) => r.query)).toEqual([
			{ Status: 'completed', PageSize: '1000' },
			{ Status: 'completed', PageSize: '1000', Page: '1', PageToken: 'PAffffffff' },
			{ Status: 'completed', PageSize: '1000' },
			{ Status: 'completed', PageSize: '1000', Page: '1', PageToken: 'PAffffffff' },
		]);
	});

	it('sends the filters with Twilio names: DateCreated, DateCreated<, DateCreated>, DateUpdated…', async () => {
		server.on('GET', `${ROOT}/Conferences.json`, listPage('conferences', [], null));
		await runNode(node, {
			credentials: twilioCredentials(server.url),
			timezone: 'America/New_York',
			parameters: {
				resource: 'conference',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: {
					friendlyName: 'daily standup',
					dateCreated: '2026-01-05',
					dateCreatedAfter: '2026-01-01T00:00:00',
					dateCreatedBefore: '2026-01-31',
					dateUpdated: '2026-02-01',
					dateUpdatedAfter: '2026-02-02',
					dateUpdatedBefore: '2026-02-03',
				},
			},
		});
		expect(server.requests[0].query).toEqual({
			PageSize: '5',
			FriendlyName: 'daily standup',
			DateCreated: '2026-01-05',
			'DateCreated>': '2026-01-01',
			'DateCreated<': '2026-01-31',
			DateUpdated: '2026-02-01',
			'DateUpdated>': '2026-02-02',
			'DateUpdated<': '2026-02-03',
		});
	});

	it.each([
		[
			{ dateCreated: 'yesterday' },
			/^Invalid "Date Created" \(filters\.dateCreated\) in item 0: must be a date like/,
		],
		[
			{ dateUpdatedBefore: '2026-13-01' },
			/^Invalid "Date Updated Before" \(filters\.dateUpdatedBefore\) in item 0/,
		],
		[
			{ status: 'ended' },
			/^Invalid "Status" \(filters\.status\) in item 0: must be one of completed, in-progress, init/,
		],
	])('refuses the filter %j before any request', async (filters, message) => {
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'getAll', returnAll: true, filters },
		});
		expect(result.error?.message).toMatch(message);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses a next_page_uri on another origin', async () => {
		server.on(
			'GET',
			`${ROOT}/Conferences.json`,
			listPage(
				'conferences',
				conferences(0, 1),
				`https://evil.example.com${ROOT}/Conferences.json?Page=1`,
			),
		);
		const result = await runNode(node, {
			credentials: twilioCredentials(server.url),
			parameters: { resource: 'conference', operation: 'getAll', returnAll: true },
		});
		expect(result.error?.message).toMatch(
			/pointed to another server \(https:\/\/evil.example.com\)/,
		);
		expect(server.requests).toHaveLength(1);
	});
});

/** A conference as Twilio answers it: 12 fields. */
const full = (sid: string) =>
	conferenceJson(sid, {
		api_version: '2010-04-01',
		call_sid_ending_conference: null,
		date_created: 'Mon, 30 Nov 2026 10:00:00 +0000',
		date_updated: 'Mon, 30 Nov 2026 10:05:00 +0000',
		reason_conference_ended: null,
		region: 'us1',
		subresource_uris: {},
	});

describe('Simplify (answers of more than ten fields)', () => {
	beforeEach(() => {
		server.on('GET', new RegExp(`^${ROOT}/Conferences/CF\\w+\\.json$`), (req) => ({
			body: full(req.path.split('/').pop()!.replace('.json', '')),
		}));
	});
	const get = (simplify?: unknown) =>
		runNode(node, {
			credentials: twilioCredentials(server.url),
			items: [{ sid: CF }, { sid: CF2 }],
			parameters: {
				resource: 'conference',
				operation: 'get',
				conferenceSid: '={{ $json.sid }}',
				...(simplify === undefined ? {} : { simplify }),
			},
		});

	it('is off by default in a workflow: the whole answer, as Twilio sends it', async () => {
		const result = await get();
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(full(CF));
	});

	it('keeps only the fields a builder uses most, per item and paired', async () => {
		const result = await get(true);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.sid, i.pairedItem])).toEqual([
			[CF, { item: 0 }],
			[CF2, { item: 1 }],
		]);
		for (const item of result.items)
			expect(Object.keys(item.json).every((k) => CONFERENCE_FIELDS.includes(k))).toBe(true);
		expect(result.items[0].json).toEqual(
			expect.objectContaining({
				sid: CF,
				status: expect.any(String),
				friendly_name: expect.any(String),
			}),
		);
	});

	it('reads an expression strictly: "false" keeps the whole answer', async () => {
		const result = await get('={{ "false" }}');
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(full(CF));
	});

	it('is on by default when the node is an AI tool, off otherwise', () => {
		const simplify = node.description.properties.filter(
			(p) => p.name === 'simplify' && p.displayOptions?.show?.operation?.includes('get'),
		);
		const byTool = Object.fromEntries(
			simplify
				.filter((p) => p.displayOptions?.show?.resource?.includes('conference'))
				.map((p) => [String(p.displayOptions?.show?.['@tool']), p.default]),
		);
		expect(byTool).toEqual({ false: false, true: true });
	});
});
