import type { IDataObject } from 'n8n-workflow';

import { VecTalk } from '../../nodes/VecTalk/VecTalk.node';
import { runNode } from '../kit/harness';
import { mockApi } from '../kit/mockApi';
import { TOKEN, vecTalkCredentials } from './fixtures';

const { server, credentials } = mockApi(vecTalkCredentials);

const node = new VecTalk();
const PATH = '/api/phone-numbers/settings';

const settingsWithSip = {
	calling: {
		status: 'enabled',
		call_icon_visibility: 'DEFAULT',
		callback_permission_status: 'enabled',
		srtp_key_exchange_protocol: 'DTLS',
		sip: {
			status: 'enabled',
			servers: [
				{
					app_id: '12345',
					hostname: 'sip.whatsapp.com',
					port: 5060,
					password: 'sip_password_here',
				},
			],
		},
		video: { status: 'disabled' },
		audio: { status: 'enabled' },
		call_hours: { status: 'disabled' },
		restrictions: { restrictions: [] },
	},
	storage_configuration: { status: 'DEFAULT' },
};

const update = (updateFields: IDataObject, items?: IDataObject[]) =>
	runNode(node, {
		credentials,
		items,
		parameters: { resource: 'callingSettings', operation: 'update', updateFields },
	});

const hours = (h: IDataObject) => ({ callHours: { hours: h } });
const range = (dayOfWeek: string, openTime: string, closeTime: string) => ({
	dayOfWeek,
	openTime,
	closeTime,
});
const weekly = (...ranges: IDataObject[]) => ({ range: ranges });

describe('VecTalk calling settings get', () => {
	it('sends an authenticated GET per item and removes SIP passwords from the output', async () => {
		server.on('GET', PATH, { body: settingsWithSip });
		const result = await runNode(node, {
			credentials,
			items: [{}, {}],
			parameters: { resource: 'callingSettings', operation: 'get' },
		});
		expect(result.error).toBeUndefined();
		const sent = server.received('GET', PATH);
		expect(sent).toHaveLength(2);
		expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(sent[0].query).toEqual({});
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const calling = result.items[0].json.calling as IDataObject;
		expect((calling.sip as IDataObject).servers).toEqual([
			{ app_id: '12345', hostname: 'sip.whatsapp.com', port: 5060 },
		]);
		expect(JSON.stringify(result.items)).not.toContain('sip_password_here');
		expect(result.items[0].json.storage_configuration).toEqual({ status: 'DEFAULT' });
	});

	it('asks for SIP credentials and returns the password only when the option is on', async () => {
		server.on('GET', PATH, { body: settingsWithSip });
		const result = await runNode(node, {
			credentials,
			parameters: {
				resource: 'callingSettings',
				operation: 'get',
				options: { includeSipCredentials: true },
			},
		});
		expect(server.received()[0].query).toEqual({ include_sip_credentials: 'true' });
		expect(result.items[0].json).toEqual(settingsWithSip);
	});

	it('maps a Meta-shaped 401 to a NodeApiError with the escaped message, code and hint', async () => {
		server.on('GET', PATH, {
			status: 401,
			body: {
				error: {
					message: 'Invalid <OAuth> access token',
					type: 'OAuthException',
					code: 190,
					fbtrace_id: 'x',
				},
			},
		});
		const result = await runNode(node, {
			credentials,
			parameters: { resource: 'callingSettings', operation: 'get' },
		});
		expect(result.error?.message).toBe(
			'VecTalk returned 401 (code 190): Invalid &#60;OAuth&#62; access token',
		);
		expect(result.error?.description).toContain('instance token');
		expect(result.error?.httpCode).toBe('401');
		expect(JSON.stringify(result.error)).not.toContain(TOKEN);
	});

	it('retries a 429 with Retry-After and returns one item', async () => {
		server.on(
			'GET',
			PATH,
			{ status: 429, headers: { 'retry-after': '0' }, body: { error: 'slow down' } },
			{ body: settingsWithSip },
		);
		const result = await runNode(node, {
			credentials,
			parameters: { resource: 'callingSettings', operation: 'get' },
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(result.items).toHaveLength(1);
	});
});

describe('VecTalk calling settings update', () => {
	it("sends every field in Meta's shape, statuses lowercase as VecTalk's page shows them", async () => {
		server.on('POST', PATH, { body: { success: true } });
		const result = await update({
			status: 'ENABLED',
			callIconVisibility: 'DISABLE_ALL',
			callbackPermissionStatus: 'ENABLED',
			srtpKeyExchangeProtocol: 'SDES',
			sipStatus: 'ENABLED',
			sipServers: {
				server: [
					{
						hostname: 'sip.example.com',
						port: 5061,
						requestUriUserParams: { parameter: [{ key: 'tgrp', value: 'wa' }] },
					},
					{ hostname: 'backup.example.com', port: 0 },
				],
			},
			videoStatus: 'DISABLED',
			audioStatus: 'ENABLED',
			...hours({
				status: 'ENABLED',
				timezoneId: 'America/Sao_Paulo',
				weeklyOperatingHours: weekly(
					range('MONDAY', '0900', '1200'),
					range('MONDAY', '13:00', '1800'),
					range('FRIDAY', '0800', '1700'),
				),
				holidaySchedule: { holiday: [{ date: '2026-12-25', startTime: '0000', endTime: '2359' }] },
			}),
			restrictToUserCountries: 'br, PT,BR',
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		const [sent] = server.received('POST', PATH);
		expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(sent.headers['content-type']).toContain('application/json');
		expect(sent.json).toEqual({
			calling: {
				status: 'enabled',
				call_icon_visibility: 'DISABLE_ALL',
				callback_permission_status: 'enabled',
				srtp_key_exchange_protocol: 'SDES',
				sip: {
					status: 'enabled',
					servers: [
						{ hostname: 'sip.example.com', port: 5061, request_uri_user_params: { tgrp: 'wa' } },
						{ hostname: 'backup.example.com' },
					],
				},
				video: { status: 'disabled' },
				audio: { status: 'enabled' },
				call_hours: {
					status: 'enabled',
					timezone_id: 'America/Sao_Paulo',
					weekly_operating_hours: [
						{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1200' },
						{ day_of_week: 'MONDAY', open_time: '1300', close_time: '1800' },
						{ day_of_week: 'FRIDAY', open_time: '0800', close_time: '1700' },
					],
					holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359' }],
				},
				call_icons: { restrict_to_user_countries: ['BR', 'PT'] },
			},
		});
	});

	it('sends only the fields the user set, per item, paired to each item', async () => {
		server.on('POST', PATH, { body: { success: true } });
		const result = await update({ restrictToUserCountries: '={{ $json.countries }}' }, [
			{ countries: 'US' },
			{ countries: ['BR', 'AR'] },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(server.received('POST', PATH).map((r) => r.json)).toEqual([
			{ calling: { call_icons: { restrict_to_user_countries: ['US'] } } },
			{ calling: { call_icons: { restrict_to_user_countries: ['BR', 'AR'] } } },
		]);
	});

	it('sends a disabled call-hours block with only its status', async () => {
		server.on('POST', PATH, { body: { success: true } });
		await update({
			...hours({
				status: 'DISABLED',
				timezoneId: '',
				weeklyOperatingHours: {},
				holidaySchedule: {},
			}),
		});
		expect(server.received()[0].json).toEqual({ calling: { call_hours: { status: 'disabled' } } });
	});

	it('accepts the limits themselves: two touching ranges a day and 20 holidays', async () => {
		server.on('POST', PATH, { body: { success: true } });
		const holidays = Array.from({ length: 20 }, (_, k) => ({
			date: `2027-01-${String(k + 1).padStart(2, '0')}`,
			startTime: '1000',
			endTime: '1400',
		}));
		const result = await update(
			hours({
				status: 'ENABLED',
				timezoneId: 'Europe/Lisbon',
				weeklyOperatingHours: weekly(
					range('SUNDAY', '0000', '1200'),
					range('SUNDAY', '1200', '2359'),
				),
				holidaySchedule: { holiday: holidays },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(
			(server.received()[0].json.calling.call_hours.holiday_schedule as unknown[]).length,
		).toBe(20);
	});

	it('turns SIP on with SDES and a single server', async () => {
		server.on('POST', PATH, { body: { success: true } });
		await update({
			sipStatus: 'ENABLED',
			srtpKeyExchangeProtocol: 'SDES',
			sipServers: { server: [{ hostname: 'pbx.example.com', port: '5060' }] },
		});
		expect(server.received()[0].json).toEqual({
			calling: {
				srtp_key_exchange_protocol: 'SDES',
				sip: { status: 'enabled', servers: [{ hostname: 'pbx.example.com', port: 5060 }] },
			},
		});
	});

	const tooManyHolidays = Array.from({ length: 21 }, (_, k) => ({
		date: `2027-02-${String(k + 1).padStart(2, '0')}`,
		startTime: '0000',
		endTime: '2359',
	}));
	const enabledHours = (extra: IDataObject) =>
		hours({
			status: 'ENABLED',
			timezoneId: 'America/Sao_Paulo',
			weeklyOperatingHours: weekly(range('MONDAY', '0900', '1800')),
			...extra,
		});

	it("sends VecTalk's documented POST example as its page shows it, from lowercase or uppercase input", async () => {
		server.on('POST', PATH, { body: { success: true } });
		const example = {
			calling: {
				status: 'enabled',
				call_icon_visibility: 'DEFAULT',
				sip: { status: 'enabled' },
				srtp_key_exchange_protocol: 'DTLS',
			},
		};
		const fromExpressions = {
			status: '={{ $json.status }}',
			callIconVisibility: 'DEFAULT',
			sipStatus: '={{ $json.status }}',
			srtpKeyExchangeProtocol: 'DTLS',
		};
		const result = await update(fromExpressions, [
			{ status: 'enabled' },
			{ status: 'ENABLED' },
			{ status: ' Enabled ' },
		]);
		expect(result.error).toBeUndefined();
		expect(server.received('POST', PATH).map((r) => r.json)).toEqual([example, example, example]);
	});

	it.each<[string, IDataObject]>([
		[
			'three ranges on one day',
			enabledHours({
				weeklyOperatingHours: weekly(
					range('TUESDAY', '0800', '0900'),
					range('TUESDAY', '1000', '1100'),
					range('TUESDAY', '1200', '1300'),
				),
			}),
		],
		[
			'overlapping ranges',
			enabledHours({
				weeklyOperatingHours: weekly(
					range('WEDNESDAY', '1300', '1700'),
					range('WEDNESDAY', '0900', '1400'),
				),
			}),
		],
		['21 holidays', enabledHours({ holidaySchedule: { holiday: tooManyHolidays } })],
		[
			'SDES without SIP in the same update (SIP may already be on)',
			{ srtpKeyExchangeProtocol: 'SDES' },
		],
	])(
		"leaves a third-party rule to VecTalk: sends %s and shows VecTalk's answer with a hint",
		async (_, fields) => {
			server.on('POST', PATH, {
				status: 400,
				body: {
					error: {
						message: '(#100) Invalid parameter',
						code: 100,
						error_data: { details: 'rejected by WhatsApp' },
					},
				},
			});
			const result = await update(fields);
			expect(server.received('POST', PATH)).toHaveLength(1);
			expect(result.error?.message).toBe(
				'VecTalk returned 400 (code 100): (#100) Invalid parameter — rejected by WhatsApp',
			);
			expect(result.error?.description).toContain('"as Meta documents it"');
		},
	);

	it.each<[string, IDataObject, string]>([
		[
			'a time that is not HHMM',
			enabledHours({ weeklyOperatingHours: weekly(range('MONDAY', '2500', '2600')) }),
			'must be a time HHMM from 0000 to 2359',
		],
		[
			'a time with letters',
			enabledHours({ weeklyOperatingHours: weekly(range('MONDAY', '9am', '1800')) }),
			'must be a time HHMM',
		],
		[
			'open after close',
			enabledHours({ weeklyOperatingHours: weekly(range('MONDAY', '1800', '0900')) }),
			'the open time must be before the close time',
		],
		[
			'open equal to close',
			enabledHours({ weeklyOperatingHours: weekly(range('MONDAY', '0900', '0900')) }),
			'the open time must be before the close time',
		],
		[
			'an unknown day',
			enabledHours({ weeklyOperatingHours: weekly(range('FUNDAY', '0900', '1000')) }),
			'must be one of MONDAY',
		],
		[
			'a holiday date that does not exist',
			enabledHours({
				holidaySchedule: { holiday: [{ date: '2026-13-01', startTime: '0000', endTime: '2359' }] },
			}),
			'must be a date like 2026-12-01',
		],
		[
			'a holiday ending before it starts',
			enabledHours({
				holidaySchedule: { holiday: [{ date: '2026-12-24', startTime: '1200', endTime: '0800' }] },
			}),
			'the start time must be before the end time',
		],
		[
			'an invalid timezone',
			enabledHours({ timezoneId: 'Mars/Olympus_Mons' }),
			'timezoneId: must be an IANA timezone',
		],
		[
			'enabled hours without timezone',
			enabledHours({ timezoneId: '' }),
			'timezoneId: is required when call hours are enabled',
		],
		[
			'enabled hours without weekly ranges',
			enabledHours({ weeklyOperatingHours: {} }),
			'weeklyOperatingHours: needs at least one range',
		],
		[
			'an empty call-hours block',
			{ callHours: {} },
			'is empty: add its status, timezone and weekly hours',
		],
	])('rejects %s before any request', async (_, fields, message) => {
		const result = await update(fields);
		// An option value (the day) is checked by the kernel against the field's options, the rest by the node.
		expect(result.error?.message).toMatch(
			/^Invalid "(Call Hours|Day)" \((updateFields\.)?callHours[\w.[\]]*\) in item 0: /,
		);
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it.each<[string, IDataObject, string, string]>([
		[
			'an unknown country code',
			{ restrictToUserCountries: 'BR, XX' },
			'Restrict to User Countries',
			'XX is not an ISO 3166-1 alpha-2 country code',
		],
		[
			'a three-letter country code',
			{ restrictToUserCountries: 'BRA' },
			'Restrict to User Countries',
			'BRA is not an ISO 3166-1 alpha-2',
		],
		[
			'an empty country list',
			{ restrictToUserCountries: ' , ' },
			'Restrict to User Countries',
			'must list at least one country code',
		],
		[
			'a SIP host with a scheme',
			{ sipServers: { server: [{ hostname: 'sip://pbx.example.com', port: 0 }] } },
			'SIP Servers',
			'must be a host name such as sip.example.com',
		],
		[
			'a SIP port out of range',
			{ sipServers: { server: [{ hostname: 'pbx.example.com', port: 70000 }] } },
			'SIP Servers',
			'must be at most 65535',
		],
		[
			'an empty SIP server list',
			{ sipServers: {} },
			'SIP Servers',
			'must contain at least one server',
		],
		[
			'a status that is not enabled or disabled',
			{ status: 'on' },
			'Status',
			'must be one of ENABLED, DISABLED (got "on")',
		],
		[
			'a call-hours status that is not enabled or disabled',
			hours({ status: 'yes' }),
			'Status',
			'(updateFields.callHours.hours.status) in item 0: must be one of ENABLED, DISABLED (got "yes")',
		],
	])('rejects %s before any request', async (_, fields, label, message) => {
		const result = await update(fields);
		expect(result.error?.message).toContain(`Invalid "${label}"`);
		expect(result.error?.message).toContain('in item 0');
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses an update without fields', async () => {
		const result = await update({});
		expect(result.error?.message).toBe(
			'Nothing to update in item 0: add at least one field under "Update Fields"',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('stops at the invalid item: earlier items were sent, the bad one was not', async () => {
		server.on('POST', PATH, { body: { success: true } });
		const result = await update({ restrictToUserCountries: '={{ $json.c }}' }, [
			{ c: 'BR' },
			{ c: 'ZZ' },
			{ c: 'PT' },
		]);
		expect(result.error?.message).toContain(
			'in item 1: ZZ is not an ISO 3166-1 alpha-2 country code',
		);
		expect(server.received('POST')).toHaveLength(1);
	});

	it('maps a Meta error with details; under continueOnFail the item carries status and hint', async () => {
		server.on('POST', PATH, {
			status: 400,
			body: {
				error: {
					message: '(#100) Invalid parameter',
					code: 100,
					error_data: { details: 'Calling is not available for this phone number' },
				},
			},
		});
		const result = await runNode(node, {
			credentials,
			continueOnFail: true,
			parameters: { resource: 'callingSettings', operation: 'enable' },
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			error:
				'VecTalk returned 400 (code 100): (#100) Invalid parameter — Calling is not available for this phone number',
			statusCode: 400,
		});
		expect(result.items[0].json.description).toContain('messaging limit');
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('does not send a POST twice after a 503', async () => {
		server.on('POST', PATH, { status: 503, body: { error: 'unavailable' } });
		const result = await runNode(node, {
			credentials,
			parameters: { resource: 'callingSettings', operation: 'disable' },
		});
		expect(result.error?.message).toBe('VecTalk returned 503: unavailable');
		expect(server.requests).toHaveLength(1);
	});
});

describe('VecTalk calling settings enable / disable', () => {
	it.each([
		['enable', 'enabled'],
		['disable', 'disabled'],
	])("%s posts calling.status = %s and returns VecTalk's answer", async (operation, status) => {
		server.on('POST', PATH, { body: { success: true } });
		const result = await runNode(node, {
			credentials,
			items: [{}, {}],
			parameters: { resource: 'callingSettings', operation },
		});
		expect(server.received('POST', PATH).map((r) => r.json)).toEqual([
			{ calling: { status } },
			{ calling: { status } },
		]);
		expect(result.items).toEqual([
			{ json: { success: true }, pairedItem: { item: 0 } },
			{ json: { success: true }, pairedItem: { item: 1 } },
		]);
	});

	it('returns success: true when VecTalk answers without a body', async () => {
		server.on('POST', PATH, { status: 204 });
		const result = await runNode(node, {
			credentials,
			parameters: { resource: 'callingSettings', operation: 'enable' },
		});
		expect(result.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
	});
});

describe('VecTalk calling settings in the editor', () => {
	const updateFields = node.description.properties.find((p) => p.name === 'updateFields');
	const option = (name: string) =>
		(updateFields?.options as Array<{ name: string; description?: string }>).find(
			(o) => o.name === name,
		);

	it.each([
		'callHours',
		'audioStatus',
		'callbackPermissionStatus',
		'restrictToUserCountries',
		'sipServers',
	])("marks %s, which VecTalk's page does not list for its POST, as Meta documents it", (name) =>
		expect(option(name)?.description).toContain('as Meta documents it'),
	);

	it.each(['status', 'callIconVisibility', 'srtpKeyExchangeProtocol', 'sipStatus', 'videoStatus'])(
		'leaves %s, which VecTalk lists, unmarked',
		(name) => expect(option(name)?.description ?? '').not.toContain('as Meta documents it'),
	);
});
