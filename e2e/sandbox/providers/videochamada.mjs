// videochamada.com.br REST API, as documented (shared/providers/API-NOTES.md §D;
// https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/). Mounted at /videochamada,
// API paths under /api. Errors are NestJS bodies `{ message, error, statusCode }` (documented).
// Not documented, so chosen here: the 401/404/429 messages (NestJS defaults), the download-url
// prefix (/api, like every other path) and its response fields (`url`, `expiresIn`).
import { json, mediaType, parseJson, bearerToken } from '../lib.mjs';
import { presign } from '../storage.mjs';

const TOKEN = 'videochamada-sandbox-token';
/** A token whose IP allow-list does not contain the caller: every call answers 403 "IP not allowed". */
const IP_RESTRICTED_TOKEN = 'videochamada-sandbox-ip-restricted';
const WEBHOOK_SECRET = 'videochamada-sandbox-webhook-secret';
const CALL_HOST = 'https://videochamada.com.br/calls';

const REASONS = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	429: 'Too Many Requests',
};
const nest = (status, message, headers) =>
	json(status, { message, error: REASONS[status], statusCode: status }, headers);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function seed() {
	const calls = new Map();
	for (let day = 1; day <= 25; day++) {
		const d = String(day).padStart(2, '0');
		const callId = `call_${day}`;
		calls.set(callId, {
			id: callId,
			status: 'ended',
			created: `2025-10-${d}T10:00:00.000Z`,
			started: `2025-10-${d}T10:05:00.000Z`,
			ended: `2025-10-${d}T10:35:00.000Z`,
			expiresAt: `2025-10-${d}T12:00:00.000Z`,
			deleted: null,
			updated: `2025-10-${d}T10:35:00.000Z`,
			totalBillableMinutes: '60.00',
			url: `${CALL_HOST}/${callId}`,
		});
	}
	const participants = new Map([
		[
			'call_1',
			[
				{
					sessionId: 'session_ana',
					username: 'Ana',
					firstSeen: '2025-10-01T10:05:00.000Z',
					lastSeen: '2025-10-01T10:35:00.000Z',
					joinedAt: '2025-10-01T10:05:00.000Z',
					leftAt: '2025-10-01T10:35:00.000Z',
					active: false,
					events: [
						{ type: 'participant_joined', timestamp: '2025-10-01T10:05:00.000Z' },
						{ type: 'participant_left', timestamp: '2025-10-01T10:35:00.000Z' },
					],
				},
				{
					sessionId: 'session_bruno',
					username: 'Bruno',
					firstSeen: '2025-10-01T10:06:00.000Z',
					lastSeen: '2025-10-01T10:34:00.000Z',
					joinedAt: '2025-10-01T10:06:00.000Z',
					leftAt: '2025-10-01T10:34:00.000Z',
					active: false,
					events: [
						{ type: 'participant_joined', timestamp: '2025-10-01T10:06:00.000Z' },
						{ type: 'participant_left', timestamp: '2025-10-01T10:34:00.000Z' },
					],
				},
			],
		],
	]);
	// call_1 has 12 recordings (two pages of the minimum page size 10), each with one file per participant.
	const recordings = new Map([
		[
			'call_1',
			Array.from({ length: 12 }, (_, k) => ({
				id: `rec_${k + 1}`,
				callId: 'call_1',
				status: 'completed',
				duration: 1800,
				size: 15728640,
				created: '2025-10-01T10:36:00.000Z',
				files: ['session_ana', 'session_bruno'].map((sessionId, f) => ({
					id: `file_${k + 1}_${f + 1}`,
					fileType: 'video',
					sessionId,
					duration: 1800 - f * 50,
					url: `https://sandbox-recordings.s3.amazonaws.com/rec_${k + 1}/${sessionId}.mp4`,
					transcription: f === 0 ? 'Transcript of the call' : null,
					created: '2025-10-01T10:36:00.000Z',
				})),
			})),
		],
	]);
	return { calls, participants, recordings, nextId: 1001 };
}

/** `page`/`limit` of a list, or a NestJS 400 response. */
function readPaging(query, { min, def }) {
	const page = query.page === undefined ? 1 : Number(query.page);
	const limit = query.limit === undefined ? def : Number(query.limit);
	if (!Number.isInteger(page) || page < 1) return nest(400, 'Invalid parameters');
	if (!Number.isInteger(limit)) return nest(400, 'Invalid parameters');
	if (limit > 100) return nest(400, 'Pagination limit exceeded');
	if (limit < min) return nest(400, 'Invalid parameters');
	return { page, limit };
}

function pageOf(items, { page, limit }) {
	const from = (page - 1) * limit;
	return json(200, {
		data: items.slice(from, from + limit),
		pagination: { page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) },
	});
}

const callView = ({
	id: callId,
	status,
	created,
	started,
	ended,
	expiresAt,
	totalBillableMinutes,
	url,
}) => ({
	id: callId,
	status,
	created,
	started,
	ended,
	expiresAt,
	totalBillableMinutes,
	url,
});

function createCall(ctx) {
	if (ctx.rawBody.length > 0 && mediaType(ctx) !== 'application/json')
		return nest(400, 'Invalid parameters');
	const body = parseJson(ctx) ?? {};
	if (typeof body !== 'object' || Array.isArray(body)) return nest(400, 'Invalid parameters');
	const unknown = Object.keys(body).filter((k) => !['title', 'expiresAt', 'recording'].includes(k));
	if (unknown.length > 0) return nest(400, 'Invalid parameters');
	if (body.title !== undefined && typeof body.title !== 'string')
		return nest(400, 'Invalid parameters');
	if (
		body.recording !== undefined &&
		body.recording !== null &&
		typeof body.recording !== 'boolean'
	)
		return nest(400, 'Invalid parameters');
	if (body.expiresAt !== undefined) {
		if (
			typeof body.expiresAt !== 'string' ||
			!ISO_DATE_TIME.test(body.expiresAt) ||
			Number.isNaN(Date.parse(body.expiresAt))
		) {
			return nest(400, 'Invalid date format');
		}
		if (Date.parse(body.expiresAt) <= Date.now()) return nest(400, 'Invalid expiration date');
	}
	const now = new Date().toISOString();
	const callId = String(ctx.state.nextId++);
	const call = {
		id: callId,
		title: body.title ?? null,
		status: 'created',
		created: now,
		started: null,
		ended: null,
		expiresAt: body.expiresAt ?? null,
		recording: body.recording ?? null,
		deleted: null,
		updated: now,
		totalBillableMinutes: '0.00',
		url: `${CALL_HOST}/${callId}`,
	};
	ctx.state.calls.set(callId, call);
	const { created, deleted, ended, started, status, totalBillableMinutes, updated, url } = call;
	return json(201, {
		created,
		deleted,
		ended,
		id: callId,
		started,
		status,
		totalBillableMinutes,
		updated,
		url,
	});
}

function listCalls(ctx) {
	const { startDate, endDate } = ctx.query;
	if (!startDate || !endDate) return nest(400, 'Invalid parameters');
	if (!DATE.test(startDate) || !DATE.test(endDate)) return nest(400, 'Invalid date format');
	const paging = readPaging(ctx.query, { min: 1, def: 10 });
	if (paging.status) return paging;
	const inWindow = [...ctx.state.calls.values()].filter((c) => {
		const day = c.created.slice(0, 10);
		return day >= startDate && day <= endDate;
	});
	return pageOf(inWindow.map(callView), paging);
}

const withCall = (handler) => (ctx) => {
	const call = ctx.state.calls.get(ctx.params.callId);
	return call ? handler(ctx, call) : nest(404, 'Call not found');
};

function callStatus(ctx, call) {
	const people = ctx.state.participants.get(call.id) ?? [];
	const active = people.filter((p) => p.active);
	const minutes = call.started
		? Math.round(
				((call.ended ? Date.parse(call.ended) : Date.now()) - Date.parse(call.started)) / 60000,
			)
		: 0;
	return json(200, {
		callId: call.id,
		status: call.status,
		started: call.started,
		durationMinutes: minutes,
		activeParticipants: active.length,
		participants: people.map(({ sessionId, username, joinedAt, active: isActive }) => ({
			sessionId,
			username,
			joinedAt,
			active: isActive,
		})),
		totalBillableMinutes: call.totalBillableMinutes,
	});
}

function listRecordings(ctx, call) {
	const paging = readPaging(ctx.query, { min: 10, def: 10 });
	if (paging.status) return paging;
	return pageOf(ctx.state.recordings.get(call.id) ?? [], paging);
}

function downloadUrl(ctx) {
	const file = [...ctx.state.recordings.values()]
		.flat()
		.flatMap((r) => r.files)
		.find((f) => f.id === ctx.params.fileId);
	if (!file) return nest(404, 'Recording file not found');
	// The file's S3 key as in its `url`, served by the sandbox storage (another origin than the API).
	return json(200, {
		url: presign(ctx.storageUrl, `videochamada/${new URL(file.url).pathname.slice(1)}`),
		expiresIn: 3600,
	});
}

const SAMPLE_DATA = {
	participant: { sessionId: 'session_ana', username: 'Ana' },
};

export default {
	name: 'videochamada',
	prefix: '/videochamada',
	tokens: [TOKEN, IP_RESTRICTED_TOKEN],
	credentialType: 'videochamadaApi',
	credentials: (baseUrl) => ({ apiToken: TOKEN, webhookSecret: WEBHOOK_SECRET, baseUrl }),
	seed,

	authenticate: (ctx) => {
		// Documented: the download URL needs no token; the file id is the secret.
		if (/^\/api\/recordings\/files\/[^/]+\/download-url\/?$/.test(ctx.path)) return undefined;
		const token = bearerToken(ctx);
		if (token === IP_RESTRICTED_TOKEN) return nest(403, 'IP not allowed');
		return token === TOKEN ? undefined : json(401, { message: 'Unauthorized', statusCode: 401 });
	},
	tooManyRequests: (retryAfter) =>
		nest(429, 'ThrottlerException: Too Many Requests', { 'retry-after': String(retryAfter) }),
	notFound: (ctx) => nest(404, `Cannot ${ctx.method} ${ctx.path}`),
	badRequest: () => nest(400, 'Invalid parameters'),

	routes: {
		'POST /api/calls': createCall,
		'GET /api/calls': listCalls,
		'GET /api/calls/:callId/status': withCall(callStatus),
		'GET /api/calls/:callId/participants': withCall((ctx, call) =>
			json(200, ctx.state.participants.get(call.id) ?? []),
		),
		'GET /api/calls/:callId/recordings': withCall(listRecordings),
		'GET /api/recordings/files/:fileId/download-url': downloadUrl,
	},

	webhook: {
		/** The delivery for an event (`call.started`, or an underscore spelling); `data` overrides the sample. */
		event: (type = 'participant.joined', data = {}) => ({
			event: type,
			call: {
				id: 'call_1',
				status: 'active',
				created: '2025-10-01T10:00:00.000Z',
				started: '2025-10-01T10:05:00.000Z',
				ended: null,
				project: { id: 'project_1' },
			},
			data: { ...(type.includes('call') ? {} : SAMPLE_DATA.participant), ...data },
			timestamp: new Date().toISOString(),
		}),
		/** No signature: the webhook's secret travels in the body field `secret`. */
		sign: ({ payload, secret }) => {
			const body = typeof payload === 'string' ? payload : JSON.stringify({ ...payload, secret });
			return { headers: { 'content-type': 'application/json' }, body };
		},
	},
};
