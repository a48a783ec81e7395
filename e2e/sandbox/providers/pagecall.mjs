// Pagecall Public API v1, as documented (shared/providers/API-NOTES.md §C; docs.pagecall.com OpenAPI).
// Mounted at /pagecall/v1. Error bodies are undocumented: this sandbox answers `{ error }`, and 401 for a
// wrong token (the OpenAPI also allows 400 for "Unauthenticated or Unauthorized").
import { json, error, mediaType, parseJson, bearerToken, readLimit, id } from '../lib.mjs';

const TOKEN = 'pagecall-sandbox-token';
const WEBHOOK_SECRET = 'pagecall-sandbox-webhook-secret';
const SEED_ROOM = '0005a1b2c3d4e5f6a7b8c9d0';
const SECRET_HEADER = 'X-Webhook-Secret';

const ROOM_TYPES = ['open', 'public', 'private'];
const MEMBER_TYPES = ['guest', 'host', 'monitor'];
// Documented fields, plus the fields the older official SDKs send.
const ROOM_FIELDS = [
	'name',
	'type',
	'record',
	'max_meeting_seconds',
	'members',
	'webhook',
	'layout_id',
	'is_distinct',
	'user_ids',
	'replay_layout_id',
	'replay_options_preset_id',
];
const MEMBER_FIELDS = ['user_id', 'type', 'layout_id', 'options', 'options_preset_id'];
const USER_FIELDS = [
	'user_id',
	'name',
	'nickname',
	'profile_url',
	'default_member_type',
	'metadata',
];
const APPLICATION_ID = '0005a1b2c3d4e5f6a7b8ffff';

const now = () => new Date().toISOString();
const hexId = () => id('', 24);
const isHttpUrl = (v) => {
	try {
		return ['http:', 'https:'].includes(new URL(v).protocol);
	} catch {
		return false;
	}
};

function newRoom(fields) {
	const at = now();
	return {
		id: hexId(),
		application_id: APPLICATION_ID,
		type: 'private',
		name: '',
		thumbnail_url: null,
		layout: 'SixAll',
		record: true,
		meeting_time: 0,
		max_meeting_seconds: null,
		started_at: null,
		terminated_at: null,
		updated_at: at,
		created_at: at,
		webhook: null,
		members: [],
		sessions: [],
		...fields,
	};
}

function seed() {
	const room = newRoom({
		id: SEED_ROOM,
		name: 'Seeded room',
		type: 'public',
		started_at: '2026-01-05T09:00:00.000Z',
		created_at: '2026-01-05T08:00:00.000Z',
	});
	room.members = ['host', 'guest', 'monitor'].map((type, k) => ({
		id: `0005a1b2c3d4e5f6a7b8c00${k}`,
		user_id: `sandbox-user-${k + 1}`,
		room_id: room.id,
		type,
	}));
	room.sessions = Array.from({ length: 35 }, (_, k) => {
		const member = room.members[k % 2];
		const connectedAt = new Date(Date.parse('2026-01-05T09:00:00.000Z') + k * 60000).toISOString();
		return {
			id: `0005a1b2c3d4e5f6a7b8d${String(k).padStart(3, '0')}`,
			user_id: member.user_id,
			member_id: member.id,
			room_id: room.id,
			application_id: APPLICATION_ID,
			elapsed_time: 60000,
			connected_at: connectedAt,
			disconnected_at: k >= 33 ? null : connectedAt,
			ip_address: '203.0.113.7',
			user_agent: 'Mozilla/5.0 (sandbox)',
		};
	});
	return { rooms: new Map([[room.id, room]]), users: new Map() };
}

/** A room as the API shows it (the documented fields; the deprecated ones as the docs show them). */
function roomView(r) {
	const { webhook, members, sessions, max_meeting_seconds, ...shown } = r;
	return {
		...shown,
		created_user_id: '#DEPRECATED#',
		last_thumbnail_updated_at: '#DEPRECATED#',
		room_template_id: '#DEPRECATED#',
		is_terminated: '#DEPRECATED#',
		is_ephemeral: '#DEPRECATED#',
		is_recurring: '#DEPRECATED#',
	};
}

/** Parses a JSON object body; returns `{ body }` or `{ denied }`. */
function jsonObject(ctx, allowed) {
	if (mediaType(ctx) !== 'application/json')
		return { denied: error(400, 'Content-Type must be application/json') };
	const body = parseJson(ctx);
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return { denied: error(400, 'Request body must be a JSON object') };
	const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
	if (unknown.length) return { denied: error(400, `Unknown field(s): ${unknown.join(', ')}`) };
	return { body };
}

/** `?offset&limit` (limit 1–100, default 30) → `{ paging: { limit, offset, total }, [key]: page }`. */
function page(items, query, key) {
	const limit = readLimit(query, { def: 30, max: 100 });
	if (typeof limit !== 'number') return limit;
	const offset = Number(query.offset ?? 0);
	if (!Number.isInteger(offset) || offset < 0)
		return error(400, '"offset" must be a non-negative integer');
	return json(200, {
		paging: { limit, offset, total: items.length },
		[key]: items.slice(offset, offset + limit),
	});
}

const booleanQuery = (query, name) => {
	const v = query[name];
	if (v === undefined) return { value: undefined };
	if (v !== 'true' && v !== 'false')
		return { denied: error(400, `"${name}" must be true or false`) };
	return { value: v === 'true' };
};

const nonEmpty = (v) => typeof v === 'string' && v.trim() !== '';

function validateRoom(b) {
	if (!nonEmpty(b.name)) return '"name" is required';
	if (!ROOM_TYPES.includes(b.type)) return `"type" must be one of ${ROOM_TYPES.join(', ')}`;
	if (b.record !== undefined && typeof b.record !== 'boolean') return '"record" must be a boolean';
	if (
		b.max_meeting_seconds !== undefined &&
		!(Number.isInteger(b.max_meeting_seconds) && b.max_meeting_seconds > 0)
	)
		return '"max_meeting_seconds" must be a positive integer';
	if (b.members !== undefined) {
		if (!Array.isArray(b.members)) return '"members" must be an array';
		for (const [k, m] of b.members.entries()) {
			if (typeof m !== 'object' || m === null) return `members[${k}] must be an object`;
			const unknown = Object.keys(m).filter((f) => !['user_id', 'type', 'name'].includes(f));
			if (unknown.length) return `members[${k}]: unknown field(s) ${unknown.join(', ')}`;
			if (!nonEmpty(m.user_id)) return `members[${k}].user_id is required`;
			if (m.type !== undefined && !MEMBER_TYPES.includes(m.type))
				return `members[${k}].type must be one of ${MEMBER_TYPES.join(', ')}`;
			if (m.name !== undefined && typeof m.name !== 'string')
				return `members[${k}].name must be a string`;
		}
	}
	if (b.webhook !== undefined) {
		const w = b.webhook;
		if (typeof w !== 'object' || w === null || Array.isArray(w))
			return '"webhook" must be an object';
		if (Object.keys(w).some((k) => !['url', 'headers'].includes(k)))
			return '"webhook" takes only url and headers';
		if (!isHttpUrl(w.url)) return '"webhook.url" must be an http(s) URL';
		if (
			w.headers !== undefined &&
			(typeof w.headers !== 'object' ||
				w.headers === null ||
				Object.values(w.headers).some((v) => typeof v !== 'string'))
		)
			return '"webhook.headers" must be an object of strings';
	}
	return undefined;
}

const findRoom = (ctx) => ctx.state.rooms.get(ctx.params.roomId);
const roomNotFound = () => error(404, 'Room not found');

export default {
	name: 'pagecall',
	prefix: '/pagecall/v1',
	tokens: [TOKEN],
	credentialType: 'pagecallApi',
	credentials: (baseUrl) => ({ apiToken: TOKEN, webhookSecret: WEBHOOK_SECRET, baseUrl }),
	seed,
	authenticate: (ctx) => (bearerToken(ctx) === TOKEN ? undefined : error(401, 'Unauthorized')),

	routes: {
		'POST /rooms': (ctx) => {
			const { body, denied } = jsonObject(ctx, ROOM_FIELDS);
			if (denied) return denied;
			const invalid = validateRoom(body);
			if (invalid) return error(400, invalid);
			const room = newRoom({
				name: body.name,
				type: body.type,
				record: body.record ?? true,
				max_meeting_seconds: body.max_meeting_seconds ?? null,
				webhook: body.webhook
					? { url: body.webhook.url, headers: { ...body.webhook.headers } }
					: null,
			});
			room.members = (body.members ?? []).map((m) => ({
				id: hexId(),
				user_id: m.user_id,
				room_id: room.id,
				type: m.type ?? 'guest',
				...(m.name ? { name: m.name } : {}),
			}));
			ctx.state.rooms.set(room.id, room);
			return json(200, { room: roomView(room), paging: { limit: 30, offset: 0, total: 0 } });
		},
		'GET /rooms': (ctx) => {
			const q = ctx.query;
			const terminated = booleanQuery(q, 'is_terminated');
			if (terminated.denied) return terminated.denied;
			const rooms = [...ctx.state.rooms.values()]
				.filter(
					(r) =>
						(q.name === undefined || r.name === q.name) &&
						(q.layout === undefined || r.layout === q.layout),
				)
				.filter(
					(r) => terminated.value === undefined || (r.terminated_at !== null) === terminated.value,
				)
				.reverse();
			return page(rooms.map(roomView), q, 'rooms');
		},
		'GET /rooms/:roomId': (ctx) => {
			const room = findRoom(ctx);
			return room ? json(200, { room: roomView(room) }) : roomNotFound();
		},
		'PUT /rooms/:roomId': (ctx) => {
			const room = findRoom(ctx);
			if (!room) return roomNotFound();
			const { body, denied } = jsonObject(ctx, ['name', 'is_terminated']);
			if (denied) return denied;
			if (body.name !== undefined && !nonEmpty(body.name))
				return error(400, '"name" must not be empty');
			if (body.is_terminated !== undefined && typeof body.is_terminated !== 'boolean')
				return error(400, '"is_terminated" must be a boolean');
			if (body.name !== undefined) room.name = body.name;
			if (body.is_terminated !== undefined)
				room.terminated_at = body.is_terminated ? (room.terminated_at ?? now()) : null;
			room.updated_at = now();
			return json(200, { room: roomView(room) });
		},
		'DELETE /rooms/:roomId': (ctx) => {
			const room = findRoom(ctx);
			if (!room) return roomNotFound();
			ctx.state.rooms.delete(room.id);
			return json(200, { room: roomView(room) });
		},
		'POST /rooms/:roomId/members': (ctx) => {
			const room = findRoom(ctx);
			if (!room) return roomNotFound();
			const { body, denied } = jsonObject(ctx, MEMBER_FIELDS);
			if (denied) return denied;
			if (!nonEmpty(body.user_id)) return error(400, '"user_id" is required');
			if (body.type !== undefined && !MEMBER_TYPES.includes(body.type))
				return error(400, `"type" must be one of ${MEMBER_TYPES.join(', ')}`);
			let member = room.members.find((m) => m.user_id === body.user_id);
			if (member) member.type = body.type ?? member.type;
			else
				room.members.push(
					(member = {
						id: hexId(),
						user_id: body.user_id,
						room_id: room.id,
						type: body.type ?? 'guest',
					}),
				);
			return json(200, {
				member: {
					id: member.id,
					user_id: member.user_id,
					room_id: member.room_id,
					type: member.type,
				},
			});
		},
		'GET /rooms/:roomId/members': (ctx) => {
			const room = findRoom(ctx);
			return room ? page(room.members, ctx.query, 'members') : roomNotFound();
		},
		'GET /rooms/:roomId/sessions': (ctx) => {
			const room = findRoom(ctx);
			if (!room) return roomNotFound();
			const connecting = booleanQuery(ctx.query, 'is_connecting');
			if (connecting.denied) return connecting.denied;
			const sessions = room.sessions
				.filter((s) => ctx.query.user_id === undefined || s.user_id === ctx.query.user_id)
				.filter(
					(s) =>
						connecting.value === undefined || (s.disconnected_at === null) === connecting.value,
				);
			return page(sessions, ctx.query, 'sessions');
		},
		'POST /users': (ctx) => {
			const { body, denied } = jsonObject(ctx, USER_FIELDS);
			if (denied) return denied;
			if (!nonEmpty(body.user_id)) return error(400, '"user_id" is required');
			if (body.profile_url !== undefined && !isHttpUrl(body.profile_url))
				return error(400, '"profile_url" must be a URL');
			if (
				body.default_member_type !== undefined &&
				!MEMBER_TYPES.includes(body.default_member_type)
			)
				return error(400, `"default_member_type" must be one of ${MEMBER_TYPES.join(', ')}`);
			const previous = ctx.state.users.get(body.user_id);
			const at = now();
			// Re-using a user_id overrides that user (documented).
			const user = {
				user_id: body.user_id,
				name: body.name ?? null,
				nickname: body.nickname ?? null,
				profile_url: body.profile_url ?? null,
				default_member_type: body.default_member_type ?? 'guest',
				access_token: previous?.access_token ?? id('pcat_', 32),
				created_at: previous?.created_at ?? at,
				updated_at: at,
			};
			ctx.state.users.set(user.user_id, user);
			return json(200, { user });
		},
	},

	webhook: {
		/** `{ action, payload }` as Pagecall POSTs it on each entry and exit; `data` overrides payload fields. */
		event: (action = 'sessionJoined', data = {}, state) => {
			const room = state?.rooms.get(data.roomId ?? SEED_ROOM);
			return {
				action,
				payload: {
					roomId: room?.id ?? data.roomId ?? SEED_ROOM,
					userId: 'sandbox-user-1',
					memberId: room?.members[0]?.id ?? hexId(),
					sessionId: hexId(),
					sessionsCount: 1,
					membersCount: room?.members.length ?? 1,
					timestamp: now(),
					...data,
				},
			};
		},
		/**
		 * Pagecall signs nothing: a delivery carries the headers the room was created with
		 * (webhook.headers). `secret`, when given, replaces X-Webhook-Secret (forged deliveries).
		 */
		sign: ({ payload, secret, url, state }) => {
			const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
			const roomId = typeof payload === 'object' ? payload?.payload?.roomId : undefined;
			const rooms = [...(state?.rooms.values() ?? [])].filter((r) => r.webhook?.url === url);
			const room = rooms.find((r) => r.id === roomId) ?? rooms[0];
			const headers = { 'content-type': 'application/json', ...(room?.webhook.headers ?? {}) };
			if (secret !== undefined) {
				for (const name of Object.keys(headers))
					if (name.toLowerCase() === SECRET_HEADER.toLowerCase()) delete headers[name];
				headers[SECRET_HEADER] = secret;
			}
			return { headers, body };
		},
	},
};
