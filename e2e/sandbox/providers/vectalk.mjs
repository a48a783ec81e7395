// VecTalk (WhatsApp Business calling), as documented (shared/providers/API-NOTES.md §E and
// vectalk-calling-settings.txt). Mounted at /vectalk; the token identifies the phone number.
// VecTalk proxies Meta's Cloud API: POST bodies follow Meta's `calling` shape, with statuses in either
// case (VecTalk's page writes `enabled`, Meta `ENABLED`), and are checked with Meta's rules, including
// those only third parties document (two ranges a day, 20 holidays, SDES only with SIP), so tests see
// a rejection relayed; GET answers in VecTalk's documented shape (lowercase enabled/disabled,
// call_hours with `timezone`). Error bodies are not documented: validation errors use Meta's
// `{ error: { message, type, code, error_data: { details } } }`, 401 uses `{ message }`.
import { json, error, mediaType, parseJson, bearerToken, hmac, id } from '../lib.mjs';

const TOKEN = 'vectalk-sandbox-token';
const WEBHOOK_SECRET = 'vectalk-sandbox-webhook-secret';
const VERIFY_TOKEN = 'vectalk-sandbox-verify-token';
const SIP_PASSWORD = 'vectalk-sandbox-sip-password';
const PHONE = { display_phone_number: '5511940000000', phone_number_id: '106540352242922' };
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const STATUS = ['ENABLED', 'DISABLED'];
const HHMM = /^([01]\d|2[0-3])[0-5]\d$/;
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });

const seed = () => ({
	calling: {
		status: 'ENABLED',
		call_icon_visibility: 'DEFAULT',
		callback_permission_status: 'ENABLED',
		srtp_key_exchange_protocol: 'DTLS',
		sip: {
			status: 'ENABLED',
			servers: [{ app_id: '12345', hostname: 'sip.sandbox.example', port: 5061 }],
		},
		video: { status: 'DISABLED' },
		audio: { status: 'ENABLED' },
		call_hours: { status: 'DISABLED' },
	},
	activeCalls: new Set(['wacid.sandbox-call-1', 'wacid.sandbox-call-2', 'wacid.sandbox-call-3']),
	updates: [],
});

const metaError = (status, message, details, code = 100) =>
	json(status, {
		error: {
			message,
			type: 'OAuthException',
			code,
			...(details ? { error_data: { details } } : {}),
			fbtrace_id: id('A', 22),
		},
	});
const invalid = (details) => metaError(400, '(#100) Invalid parameter', details);

const lower = (s) => (typeof s === 'string' ? s.toLowerCase() : s);
/** VecTalk documents lowercase values on its own examples and Meta uppercase: accept both. */
const upper = (s) => (typeof s === 'string' ? s.toUpperCase() : s);
const isStatus = (v) => STATUS.includes(upper(v));
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Meta's rules for `calling.call_hours`; returns an error text or undefined. */
function checkCallHours(h) {
	if (!isObject(h) || !isStatus(h.status)) return 'call_hours.status must be ENABLED or DISABLED';
	const enabled = upper(h.status) === 'ENABLED';
	if (h.timezone_id !== undefined) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: h.timezone_id });
		} catch {
			return `call_hours.timezone_id "${h.timezone_id}" is not a valid timezone`;
		}
	} else if (enabled) return 'call_hours.timezone_id is required when call hours are enabled';
	const weekly = h.weekly_operating_hours ?? [];
	if (!Array.isArray(weekly) || (enabled && weekly.length === 0))
		return 'call_hours.weekly_operating_hours is required when call hours are enabled';
	for (const r of weekly) {
		if (!DAYS.includes(r?.day_of_week))
			return 'weekly_operating_hours.day_of_week must be MONDAY..SUNDAY';
		if (!HHMM.test(r.open_time ?? '') || !HHMM.test(r.close_time ?? ''))
			return 'open_time and close_time must be HHMM';
		if (r.open_time >= r.close_time) return 'open_time must be before close_time';
	}
	for (const day of DAYS) {
		const own = weekly
			.filter((r) => r.day_of_week === day)
			.sort((a, b) => a.open_time.localeCompare(b.open_time));
		if (own.length > 2) return `At most 2 operating hour ranges are allowed for ${day}`;
		if (own.length === 2 && own[1].open_time < own[0].close_time)
			return `Operating hours overlap on ${day}`;
	}
	const holidays = h.holiday_schedule ?? [];
	if (!Array.isArray(holidays) || holidays.length > 20)
		return 'holiday_schedule allows at most 20 entries';
	for (const d of holidays) {
		if (
			!/^\d{4}-\d{2}-\d{2}$/.test(d?.date ?? '') ||
			Number.isNaN(Date.parse(`${d.date}T00:00:00Z`))
		)
			return 'holiday_schedule.date must be YYYY-MM-DD';
		if (!HHMM.test(d.start_time ?? '') || !HHMM.test(d.end_time ?? ''))
			return 'start_time and end_time must be HHMM';
		if (d.start_time >= d.end_time) return 'start_time must be before end_time';
	}
	return undefined;
}

const CALLING_KEYS = [
	'status',
	'call_icon_visibility',
	'callback_permission_status',
	'srtp_key_exchange_protocol',
	'sip',
	'video',
	'audio',
	'call_hours',
	'call_icons',
];

/** Validates a `calling` update against the stored settings; returns an error text or undefined. */
function checkCalling(c, stored) {
	if (!isObject(c)) return '"calling" must be an object';
	const unknown = Object.keys(c).filter((k) => !CALLING_KEYS.includes(k));
	if (unknown.length) return `Unknown field(s) in calling: ${unknown.join(', ')}`;
	if (!Object.keys(c).length) return '"calling" must set at least one field';
	for (const key of ['status', 'callback_permission_status'])
		if (c[key] !== undefined && !isStatus(c[key]))
			return `calling.${key} must be ENABLED or DISABLED`;
	if (
		c.call_icon_visibility !== undefined &&
		!['DEFAULT', 'DISABLE_ALL'].includes(c.call_icon_visibility)
	)
		return 'calling.call_icon_visibility must be DEFAULT or DISABLE_ALL';
	if (
		c.srtp_key_exchange_protocol !== undefined &&
		!['DTLS', 'SDES'].includes(c.srtp_key_exchange_protocol)
	)
		return 'calling.srtp_key_exchange_protocol must be DTLS or SDES';
	for (const key of ['video', 'audio'])
		if (c[key] !== undefined && !isStatus(c[key]?.status))
			return `calling.${key}.status must be ENABLED or DISABLED`;
	if (c.sip !== undefined) {
		if (!isObject(c.sip) || (c.sip.status !== undefined && !isStatus(c.sip.status)))
			return 'calling.sip.status must be ENABLED or DISABLED';
		if (c.sip.servers !== undefined) {
			if (!Array.isArray(c.sip.servers)) return 'calling.sip.servers must be an array';
			for (const s of c.sip.servers) {
				if (typeof s?.hostname !== 'string' || !/^[a-z0-9.-]+$/i.test(s.hostname))
					return 'calling.sip.servers[].hostname must be a host name';
				if (s.port !== undefined && (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535))
					return 'calling.sip.servers[].port must be 1-65535';
				if (s.request_uri_user_params !== undefined && !isObject(s.request_uri_user_params))
					return 'request_uri_user_params must be an object';
			}
		}
	}
	const sipStatus = upper(c.sip?.status ?? stored.sip?.status);
	const srtp = c.srtp_key_exchange_protocol ?? stored.srtp_key_exchange_protocol;
	if (srtp === 'SDES' && sipStatus !== 'ENABLED')
		return 'SDES is only supported when SIP is enabled';
	if (c.call_hours !== undefined) {
		const bad = checkCallHours(c.call_hours);
		if (bad) return bad;
	}
	if (c.call_icons !== undefined) {
		const codes = c.call_icons?.restrict_to_user_countries;
		if (!Array.isArray(codes)) return 'call_icons.restrict_to_user_countries must be an array';
		const wrong = codes.filter(
			(code) =>
				typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || regionName.of(code) === code,
		);
		if (wrong.length) return `Invalid country code(s): ${wrong.join(', ')}`;
	}
	return undefined;
}

/** Applies a valid update: nested blocks merge, call_hours is replaced as a whole (as Meta does). */
function apply(stored, c) {
	const next = { ...stored, ...c };
	if (c.sip) next.sip = { ...stored.sip, ...c.sip };
	for (const key of ['status', 'callback_permission_status'])
		if (c[key] !== undefined) next[key] = upper(c[key]);
	return next;
}

/** The GET view as VecTalk documents it: lowercase statuses, extras only when calling is enabled. */
function view(c, withPasswords) {
	const status = (s) => ({ status: lower(s?.status ?? 'DISABLED') });
	const out = {
		status: lower(c.status ?? 'NOT_SET'),
		call_icon_visibility: c.call_icon_visibility ?? 'NOT_SET',
		callback_permission_status: lower(c.callback_permission_status ?? 'NOT_SET'),
	};
	if (upper(c.status) !== 'ENABLED')
		return { calling: out, storage_configuration: { status: 'DEFAULT' } };
	Object.assign(out, {
		ip_addresses: { default: ['157.240.0.1', '157.240.0.2'] },
		srtp_key_exchange_protocol: c.srtp_key_exchange_protocol ?? 'DTLS',
		sip: {
			status: lower(c.sip?.status ?? 'DISABLED'),
			servers: (c.sip?.servers ?? []).map((s, i) => ({
				app_id: s.app_id ?? String(12345 + i),
				hostname: s.hostname,
				port: s.port ?? 5061,
				...(withPasswords ? { password: SIP_PASSWORD } : {}),
			})),
		},
		video: status(c.video),
		audio: status(c.audio),
		call_hours: {
			status: lower(c.call_hours?.status ?? 'DISABLED'),
			...(c.call_hours?.timezone_id
				? { timezone: c.call_hours.timezone_id, day_of_week_start: 'MONDAY' }
				: {}),
		},
		...(c.call_icons ? { call_icons: c.call_icons } : {}),
		restrictions: { restrictions: [] },
	});
	return { calling: out, storage_configuration: { status: 'DEFAULT' } };
}

function jsonBody(ctx) {
	if (mediaType(ctx) !== 'application/json')
		return { denied: invalid('Content-Type must be application/json') };
	const body = parseJson(ctx);
	return isObject(body) ? { body } : { denied: invalid('Request body must be a JSON object') };
}

/** The envelope Meta POSTs on the `calls` field for one event; `data` overrides fields of the call. */
function callEnvelope(event = 'connect', data = {}) {
	const user = '5511987654321';
	const now = Math.floor(Date.now() / 1000);
	const call = {
		id: `wacid.${id('', 24)}`,
		to: PHONE.display_phone_number,
		from: user,
		event,
		timestamp: String(now),
		direction: 'USER_INITIATED',
		...(event === 'connect'
			? {
					session: {
						sdp_type: 'offer',
						sdp: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n',
					},
				}
			: { status: 'COMPLETED', start_time: String(now - 60), end_time: String(now), duration: 60 }),
		...data,
	};
	return {
		object: 'whatsapp_business_account',
		entry: [
			{
				id: '102290129340398',
				changes: [
					{
						field: 'calls',
						value: {
							messaging_product: 'whatsapp',
							metadata: PHONE,
							contacts: [
								{
									profile: { name: 'Sandbox User' },
									wa_id: call.direction === 'USER_INITIATED' ? call.from : call.to,
								},
							],
							calls: [call],
						},
					},
				],
			},
		],
	};
}

/** Meta's subscription check as the webhook settings page sends it: GET with hub.* query params. */
export async function handshake({
	url,
	verifyToken = VERIFY_TOKEN,
	challenge = id('', 10),
	mode = 'subscribe',
}) {
	const u = new URL(url);
	u.searchParams.set('hub.mode', mode);
	u.searchParams.set('hub.verify_token', verifyToken);
	u.searchParams.set('hub.challenge', challenge);
	const res = await fetch(u, { signal: AbortSignal.timeout(30000) });
	return {
		status: res.status,
		contentType: res.headers.get('content-type'),
		body: await res.text(),
		challenge,
	};
}

export default {
	name: 'vectalk',
	prefix: '/vectalk',
	tokens: [TOKEN],
	credentialType: 'vecTalkApi',
	credentials: (baseUrl) => ({
		apiToken: TOKEN,
		webhookSecret: WEBHOOK_SECRET,
		verifyToken: VERIFY_TOKEN,
		baseUrl,
	}),
	seed,

	authenticate: (ctx) =>
		bearerToken(ctx) === TOKEN ? undefined : json(401, { message: 'Invalid or missing token' }),
	tooManyRequests: (retryAfter) =>
		metaError(429, '(#80007) Rate limit hit', 'Too many requests', 80007),
	notFound: (ctx) => json(404, { message: `Route ${ctx.method} ${ctx.path} not found` }),
	badRequest: (message) => invalid(message),

	routes: {
		'GET /api/phone-numbers/settings': (ctx) => {
			const flag = ctx.query.include_sip_credentials;
			if (flag !== undefined && !['true', 'false'].includes(flag))
				return invalid('include_sip_credentials must be true or false');
			return json(200, view(ctx.state.calling, flag === 'true'));
		},
		'POST /api/phone-numbers/settings': (ctx) => {
			const { body, denied } = jsonBody(ctx);
			if (denied) return denied;
			const unknown = Object.keys(body).filter(
				(k) => !['calling', 'storage_configuration'].includes(k),
			);
			if (unknown.length || !body.calling)
				return invalid(
					unknown.length ? `Unknown field(s): ${unknown.join(', ')}` : '"calling" is required',
				);
			const bad = checkCalling(body.calling, ctx.state.calling);
			if (bad) return invalid(bad);
			ctx.state.calling = apply(ctx.state.calling, body.calling);
			ctx.state.updates.push(body.calling);
			return json(200, { success: true });
		},
		'POST /api/calls/terminate': (ctx) => {
			const { body, denied } = jsonBody(ctx);
			if (denied) return denied;
			if (typeof body.call_id !== 'string' || !body.call_id) return invalid('call_id is required');
			if (!ctx.state.activeCalls.delete(body.call_id))
				return metaError(404, 'Call not found or already ended', `call_id ${body.call_id}`, 138006);
			return json(200, { success: true });
		},
	},

	webhook: {
		event: callEnvelope,
		/** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>`. */
		sign: ({ payload, secret }) => {
			const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
			return {
				headers: {
					'content-type': 'application/json',
					'x-hub-signature-256': `sha256=${hmac('sha256', secret ?? '', body)}`,
				},
				body,
			};
		},
	},
};
