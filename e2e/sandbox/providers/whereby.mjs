// Whereby Embedded REST API v1, as documented (shared/providers/API-NOTES.md §A; whereby/docs OpenAPI).
// Mounted at /whereby/v1. Error bodies other than 429 are undocumented: this sandbox answers `{ error }`.
import {
	json,
	empty,
	error,
	mediaType,
	parseJson,
	parseMultipart,
	bearerToken,
	cursorPage,
	readLimit,
	sortBy,
	hmac,
	id,
	compact,
} from '../lib.mjs';
import { presign } from '../storage.mjs';

const TOKEN = 'whereby-sandbox-key';
const WEBHOOK_SECRET = 'whereby-sandbox-webhook-secret';
const ROOM_HOST = 'https://sandbox-org.whereby.com';

const MEETING_FIELDS = [
	'endDate',
	'startDate',
	'isLocked',
	'roomMode',
	'roomNamePrefix',
	'roomNamePattern',
	'templateType',
	'recording',
	'streaming',
	'liveTranscription',
	'fields',
];
const TEMPLATES = [
	'SOAP',
	'Extended SOAP',
	'General Narrative',
	'General Bulleted',
	'Educational Lecture',
	'Educational Tutoring',
];
const HEX = /^#[0-9a-fA-F]{6}$/;

const DAY = 86400000;

function seed() {
	// One reading of the clock for the whole seed, so a session's start and end are exactly 30 minutes apart.
	const now = Date.now();
	const iso = (msFromNow) => new Date(now + msFromNow).toISOString();
	const rooms = ['/team-standup', '/customer-call', '/sales-demo'];
	const recordings = rooms.map((roomName, i) => ({
		recordingId: `rec-${i + 1}`,
		roomSessionId: `session-${i + 1}`,
		roomName,
		filename: `recording-${i + 1}.mp4`,
		startDate: iso(-(i + 2) * DAY),
		endDate: iso(-(i + 2) * DAY + 1800000),
		duration: 1800 - i * 60,
		sizeInMegaBytes: 120 + i * 10,
		storageType: i === 2 ? 'SELF_HOSTED' : 'WHEREBY_HOSTED',
	}));
	const transcriptions = rooms.map((roomName, i) => ({
		transcriptionId: `tr-${i + 1}`,
		roomSessionId: `session-${i + 1}`,
		recordingId: `rec-${i + 1}`,
		filename: `transcription-${i + 1}.md`,
		roomName,
		startDate: recordings[i].startDate,
		endDate: recordings[i].endDate,
		state: 'ready',
		createdAt: recordings[i].endDate,
		durationInSeconds: 1800 - i * 60,
		type: 'RECORDING_TRANSCRIPTION',
		storageType: recordings[i].storageType,
	}));
	const summaries = transcriptions.slice(0, 2).map((t, i) => ({
		summaryId: `sum-${i + 1}`,
		transcriptionId: t.transcriptionId,
		summary: { summary: `Summary of ${t.roomName}` },
		roomSessionId: t.roomSessionId,
		roomName: t.roomName,
		startDate: t.startDate,
		endDate: t.endDate,
		state: 'completed',
		createdAt: t.createdAt,
		modifiedAt: t.createdAt,
		template: 'General Narrative',
	}));
	const insightRooms = rooms.map((roomName, i) => ({
		roomName,
		createdAt: iso(-(10 + i) * DAY),
		endAt: null,
		firstSessionStartedAt: iso(-(9 + i) * DAY),
		lastSessionStartedAt: recordings[i].startDate,
		totalParticipantMinutes: 90 + i,
		totalRecorderMinutes: 30,
		totalStreamerMinutes: 0,
		totalUniqueParticipants: 3 + i,
		totalUniqueRecorders: 1,
		totalUniqueStreamers: 0,
		totalSessions: 2 + i,
		rating: 4.5,
		totalRatings: 2,
	}));
	const roomSessions = rooms.map((roomName, i) => ({
		roomSessionId: `session-${i + 1}`,
		roomName,
		startedAt: recordings[i].startDate,
		endedAt: recordings[i].endDate,
		totalParticipantMinutes: 90 + i,
		totalRecorderMinutes: 30,
		totalStreamerMinutes: 0,
		totalUniqueParticipants: 2,
		totalUniqueRecorders: 1,
		totalUniqueStreamers: 0,
		rating: 4.5,
		totalRatings: 2,
	}));
	const participants = roomSessions.flatMap((s, i) =>
		['Alice', 'Bob'].map((displayName, j) => ({
			roomSessionId: s.roomSessionId,
			participantId: `participant-${i + 1}-${j + 1}`,
			deviceId: `device-${j + 1}`,
			userId: null,
			roleName: j === 0 ? 'host' : 'visitor',
			displayName,
			joinedAt: s.startedAt,
			leftAt: s.endedAt,
			externalId: `ext-${displayName.toLowerCase()}`,
			rating: 5,
			tags: [],
			comment: null,
		})),
	);
	return {
		seq: 1000,
		meetings: new Map(),
		recordings,
		transcriptions,
		summaries,
		insightRooms,
		roomSessions,
		participants,
		themes: new Map(),
	};
}

const requireJson = (ctx) =>
	mediaType(ctx) === 'application/json'
		? undefined
		: error(400, 'Content-Type must be application/json');

/** Parses the JSON body of a POST and checks it is an object. */
function jsonObject(ctx) {
	const denied = requireJson(ctx);
	if (denied) return { denied };
	const body = parseJson(ctx);
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return { denied: error(400, 'Request body must be a JSON object') };
	return { body };
}

const fieldsOf = (query) => (query.fields ? String(query.fields).split(',').filter(Boolean) : []);

function meetingView(m, fields) {
	const out = {
		meetingId: m.meetingId,
		roomName: m.roomName,
		roomUrl: m.roomUrl,
		startDate: m.startDate,
		endDate: m.endDate,
	};
	for (const f of new Set([...m.fields, ...fields]))
		if (f === 'hostRoomUrl' || f === 'viewerRoomUrl') out[f] = m[f];
	return out;
}

function validateMeeting(b) {
	const unknown = Object.keys(b).filter((k) => !MEETING_FIELDS.includes(k));
	if (unknown.length) return `Unknown field(s): ${unknown.join(', ')}`;
	if (typeof b.endDate !== 'string' || Number.isNaN(Date.parse(b.endDate)))
		return '"endDate" is required and must be a date-time';
	if (Date.parse(b.endDate) < Date.now() - 1000)
		return '"endDate" must be the current date or later';
	if (b.isLocked !== undefined && typeof b.isLocked !== 'boolean')
		return '"isLocked" must be a boolean';
	if (b.roomMode !== undefined && !['normal', 'group'].includes(b.roomMode))
		return '"roomMode" must be one of [group, normal]';
	if (b.roomNamePattern !== undefined && !['uuid', 'human-short'].includes(b.roomNamePattern))
		return '"roomNamePattern" must be one of [uuid, human-short]';
	if (b.templateType !== undefined && b.templateType !== 'viewerMode')
		return '"templateType" must be [viewerMode]';
	if (b.roomNamePrefix !== undefined) {
		// Lower-cased and whitespace removed by Whereby; the docs' own examples keep a hyphen.
		const p =
			typeof b.roomNamePrefix === 'string'
				? b.roomNamePrefix.toLowerCase().replace(/\s+/g, '')
				: null;
		if (p === null || !/^[a-z0-9-]{0,39}$/.test(p))
			return '"roomNamePrefix" must match [a-z0-9]{0,39}';
	}
	if (
		b.fields !== undefined &&
		(!Array.isArray(b.fields) ||
			b.fields.some((f) => !['hostRoomUrl', 'viewerRoomUrl'].includes(f)))
	) {
		return '"fields" must be an array of [hostRoomUrl, viewerRoomUrl]';
	}
	if (b.recording !== undefined) {
		const r = b.recording;
		if (
			typeof r !== 'object' ||
			r === null ||
			!['none', 'local', 'cloud'].includes(r.type) ||
			!('destination' in r) ||
			!('startTrigger' in r)
		) {
			return '"recording" needs type (none|local|cloud), destination and startTrigger';
		}
		if (r.destination !== null && !['s3', 'whereby'].includes(r.destination?.provider))
			return '"recording.destination.provider" must be one of [s3, whereby]';
	}
	if (
		b.streaming !== undefined &&
		(typeof b.streaming?.destination?.url !== 'string' || !('startTrigger' in b.streaming))
	) {
		return '"streaming" needs destination.url and startTrigger';
	}
	if (
		b.liveTranscription !== undefined &&
		(typeof b.liveTranscription?.destination !== 'object' ||
			!('startTrigger' in b.liveTranscription))
	) {
		return '"liveTranscription" needs destination and startTrigger';
	}
	return undefined;
}

function createMeeting(ctx) {
	const { body, denied } = jsonObject(ctx);
	if (denied) return denied;
	const invalid = validateMeeting(body);
	if (invalid) return error(400, invalid);
	const s = ctx.state;
	const prefix = (body.roomNamePrefix ?? '').toLowerCase().replace(/\s+/g, '');
	const suffix = body.roomNamePattern === 'human-short' ? id('', 6) : id();
	const roomName = `/${prefix}${suffix}`;
	const viewer = body.templateType === 'viewerMode';
	const m = {
		meetingId: String(++s.seq),
		roomName,
		roomUrl: ROOM_HOST + roomName,
		startDate: new Date().toISOString(),
		endDate: new Date(body.endDate).toISOString(),
		hostRoomUrl: `${ROOM_HOST}${roomName}?roomKey=${id('', 24)}`,
		viewerRoomUrl: `${ROOM_HOST}${roomName}?viewerKey=${id('', 24)}`,
		fields: viewer ? ['hostRoomUrl', 'viewerRoomUrl'] : (body.fields ?? []),
		isLocked: viewer ? true : (body.isLocked ?? false),
		roomMode: viewer ? 'group' : (body.roomMode ?? 'normal'),
		request: body,
	};
	s.meetings.set(m.meetingId, m);
	return json(201, meetingView(m, []));
}

/** A list endpoint's common part: sortBy → cursor page. */
function list(items, query, sortable, opts) {
	const sorted = sortBy(items, query.sortBy, sortable);
	return Array.isArray(sorted) ? cursorPage(sorted, query, opts) : sorted;
}

const find = (items, key, value) => items.find((x) => x[key] === value);
const remove = (items, key, ids) => {
	for (const v of ids) {
		const i = items.findIndex((x) => x[key] === v);
		if (i >= 0) items.splice(i, 1);
	}
};

function accessLink(item, ctx, what) {
	if (!item) return error(404, `${what} not found`);
	if (item.storageType !== 'WHEREBY_HOSTED')
		return error(403, `Access links are only available for Whereby-hosted ${what.toLowerCase()}s`);
	const valid = readLimit(ctx.query, { name: 'validForSeconds', def: 3600, min: 1, max: 43200 });
	if (typeof valid !== 'number') return valid;
	return json(200, {
		accessLink: presign(ctx.storageUrl, `whereby/${item.filename}`, valid),
		expires: Date.now() + valid * 1000,
	});
}

function bulkDelete(ctx, items, key, listName) {
	const { body, denied } = jsonObject(ctx);
	if (denied) return denied;
	const ids = body[listName];
	if (!Array.isArray(ids) || !ids.length || ids.some((x) => typeof x !== 'string'))
		return error(400, `"${listName}" must be a non-empty array of strings`);
	remove(items, key, ids);
	return empty(204);
}

const knownRoom = (s, name) => {
	const n = name.startsWith('/') ? name : `/${name}`;
	return (
		s.insightRooms.some((r) => r.roomName === n) ||
		[...s.meetings.values()].some((m) => m.roomName === n)
	);
};

/** PUT theme image endpoints: multipart `image`, or a JSON reset checked by `checkJson`. */
function themeImage(ctx, kind, checkJson) {
	if (!knownRoom(ctx.state, ctx.params.roomName)) return error(404, 'Room not found');
	const type = mediaType(ctx);
	let value;
	if (type === 'multipart/form-data') {
		const image = parseMultipart(ctx).files.image;
		if (!image || !image.data.length) return error(400, 'Missing "image" file');
		value = {
			image: { filename: image.filename, contentType: image.contentType, bytes: image.data.length },
		};
	} else if (type === 'application/json') {
		value = parseJson(ctx);
		const invalid = checkJson(value ?? {});
		if (invalid) return error(400, invalid);
	} else {
		return error(400, 'Content-Type must be multipart/form-data or application/json');
	}
	const theme = ctx.state.themes.get(ctx.params.roomName) ?? {};
	ctx.state.themes.set(ctx.params.roomName, { ...theme, [kind]: value });
	return empty(204);
}

const backgroundJson = (v) => {
	if (v.palette !== undefined && !['default', 'grey', 'purple', 'burgund'].includes(v.palette))
		return '"palette" must be one of [default, grey, purple, burgund]';
	if (v.theme !== undefined && !['default', 'mountains', 'characters', 'rocks'].includes(v.theme))
		return '"theme" must be one of [default, mountains, characters, rocks]';
	if (v.palette === undefined && v.theme === undefined)
		return 'Expected "palette" and/or "theme" (or a multipart "image")';
	return undefined;
};

const EVENT_DATA = {
	'room.client.joined': {
		displayName: 'Alice',
		participantId: 'participant-1',
		metadata: null,
		externalId: null,
		roleName: 'visitor',
		numClients: 2,
		numClientsByRoleName: { host: 1, visitor: 1 },
		isDialIn: false,
	},
	'room.client.left': {
		displayName: 'Alice',
		participantId: 'participant-1',
		metadata: null,
		externalId: null,
		roleName: 'visitor',
		numClients: 1,
		numClientsByRoleName: { host: 1 },
		isDialIn: false,
	},
	'room.client.knocked': {
		displayName: 'Alice',
		participantId: 'participant-1',
		metadata: null,
		externalId: null,
	},
	'room.client.knockCancelled': {
		displayName: 'Alice',
		participantId: 'participant-1',
		metadata: null,
		externalId: null,
	},
	'recording.finished': { filename: 'recording-1.mp4', recordingId: 'rec-1', status: 'completed' },
	'transcription.started': {
		transcriptionId: 'tr-1',
		type: 'RECORDING_TRANSCRIPTION',
		status: 'in_progress',
	},
	'transcription.finished': {
		transcriptionId: 'tr-1',
		type: 'RECORDING_TRANSCRIPTION',
		status: 'ready',
		filename: 'transcription-1.md',
		storageType: 'WHEREBY_HOSTED',
		durationInSeconds: 1800,
		recordingId: 'rec-1',
	},
	'transcription.failed': {
		transcriptionId: 'tr-1',
		type: 'RECORDING_TRANSCRIPTION',
		status: 'failed',
		error: 'Transcription failed',
	},
};

export default {
	name: 'whereby',
	prefix: '/whereby/v1',
	tokens: [TOKEN],
	credentialType: 'wherebyApi',
	credentials: (baseUrl) => ({ apiKey: TOKEN, webhookSecret: WEBHOOK_SECRET, baseUrl }),
	seed,

	authenticate: (ctx) =>
		bearerToken(ctx) === TOKEN ? undefined : error(401, 'Access token is missing or invalid'),

	tooManyRequests: (retryAfter) =>
		json(
			429,
			{
				error: 'Rate limit active for throttle key: organization:1',
				data: { msLeft: retryAfter * 1000 },
			},
			{
				'retry-after': String(retryAfter),
				'x-ratelimit-limit': '100',
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': new Date(Date.now() + retryAfter * 1000).toUTCString(),
			},
		),

	routes: {
		'POST /meetings': createMeeting,
		'GET /meetings': (ctx) => {
			const fields = fieldsOf(ctx.query);
			return cursorPage(
				[...ctx.state.meetings.values()].map((m) => meetingView(m, fields)),
				ctx.query,
			);
		},
		'GET /meetings/:meetingId': (ctx) => {
			const m = ctx.state.meetings.get(ctx.params.meetingId);
			return m ? json(200, meetingView(m, fieldsOf(ctx.query))) : error(404, 'Meeting not found');
		},
		'DELETE /meetings/:meetingId': (ctx) => (
			ctx.state.meetings.delete(ctx.params.meetingId),
			empty(204)
		),

		'GET /recordings': (ctx) => {
			const items = ctx.state.recordings.filter(
				(r) => !ctx.query.roomName || r.roomName === ctx.query.roomName,
			);
			return list(items, ctx.query, ['roomName', 'startDate', 'duration', 'sizeInMegaBytes']);
		},
		'POST /recordings/bulk-delete': (ctx) =>
			bulkDelete(ctx, ctx.state.recordings, 'recordingId', 'recordingIds'),
		'GET /recordings/:recordingId': (ctx) => {
			const r = find(ctx.state.recordings, 'recordingId', ctx.params.recordingId);
			return r ? json(200, r) : error(404, 'Recording not found');
		},
		'DELETE /recordings/:recordingId': (ctx) => (
			remove(ctx.state.recordings, 'recordingId', [ctx.params.recordingId]),
			empty(204)
		),
		'GET /recordings/:recordingId/access-link': (ctx) =>
			accessLink(
				find(ctx.state.recordings, 'recordingId', ctx.params.recordingId),
				ctx,
				'Recording',
			),

		'POST /transcriptions': (ctx) => {
			const { body, denied } = jsonObject(ctx);
			if (denied) return denied;
			if (typeof body.recordingId !== 'string' || !body.recordingId)
				return error(400, '"recordingId" is required');
			const rec = find(ctx.state.recordings, 'recordingId', body.recordingId);
			if (!rec) return error(404, 'Recording not found');
			const t = {
				transcriptionId: `tr-${++ctx.state.seq}`,
				roomSessionId: rec.roomSessionId,
				recordingId: rec.recordingId,
				filename: `${rec.recordingId}.md`,
				roomName: rec.roomName,
				startDate: rec.startDate,
				endDate: rec.endDate,
				state: 'in_progress',
				createdAt: new Date().toISOString(),
				durationInSeconds: rec.duration,
				type: 'RECORDING_TRANSCRIPTION',
				storageType: rec.storageType,
			};
			ctx.state.transcriptions.push(t);
			return json(201, { transcriptionId: t.transcriptionId });
		},
		'GET /transcriptions': (ctx) => {
			const items = ctx.state.transcriptions.filter(
				(t) => !ctx.query.roomName || t.roomName === ctx.query.roomName,
			);
			return list(items, ctx.query, ['roomName', 'startDate', 'durationInSeconds']);
		},
		'POST /transcriptions/bulk-delete': (ctx) =>
			bulkDelete(ctx, ctx.state.transcriptions, 'transcriptionId', 'transcriptionIds'),
		'GET /transcriptions/:transcriptionId': (ctx) => {
			const t = find(ctx.state.transcriptions, 'transcriptionId', ctx.params.transcriptionId);
			return t ? json(200, t) : error(404, 'Transcription not found');
		},
		'DELETE /transcriptions/:transcriptionId': (ctx) => (
			remove(ctx.state.transcriptions, 'transcriptionId', [ctx.params.transcriptionId]),
			empty(204)
		),
		'GET /transcriptions/:transcriptionId/access-link': (ctx) =>
			accessLink(
				find(ctx.state.transcriptions, 'transcriptionId', ctx.params.transcriptionId),
				ctx,
				'Transcription',
			),

		'POST /summaries': (ctx) => {
			const { body, denied } = jsonObject(ctx);
			if (denied) return denied;
			if (typeof body.transcriptionId !== 'string' || !body.transcriptionId)
				return error(400, '"transcriptionId" is required');
			if (body.template !== undefined && !TEMPLATES.includes(body.template))
				return error(400, `"template" must be one of [${TEMPLATES.join(', ')}]`);
			const t = find(ctx.state.transcriptions, 'transcriptionId', body.transcriptionId);
			if (!t) return error(404, 'Transcription not found');
			const now = new Date().toISOString();
			const sm = {
				summaryId: `sum-${++ctx.state.seq}`,
				transcriptionId: t.transcriptionId,
				summary: { summary: `Summary of ${t.roomName}` },
				roomSessionId: t.roomSessionId,
				roomName: t.roomName,
				startDate: t.startDate,
				endDate: t.endDate,
				state: 'in_progress',
				createdAt: now,
				modifiedAt: now,
				template: body.template ?? 'General Narrative',
			};
			ctx.state.summaries.push(sm);
			return json(201, { summaryId: sm.summaryId });
		},
		'GET /summaries': (ctx) =>
			list(ctx.state.summaries, ctx.query, ['startDate', 'createdAt', 'roomName']),
		'GET /summaries/:summaryId': (ctx) => {
			const sm = find(ctx.state.summaries, 'summaryId', ctx.params.summaryId);
			return sm ? json(200, sm) : error(404, 'Summary not found');
		},
		'DELETE /summaries/:summaryId': (ctx) => (
			remove(ctx.state.summaries, 'summaryId', [ctx.params.summaryId]),
			empty(204)
		),

		'GET /insights/rooms': (ctx) => {
			const q = ctx.query;
			const items = ctx.state.insightRooms.filter(
				(r) =>
					(!q['roomName[exact]'] || r.roomName === q['roomName[exact]']) &&
					(!q['roomName[startsWith]'] || r.roomName.startsWith(q['roomName[startsWith]'])) &&
					(!q['roomName[contains]'] || r.roomName.includes(q['roomName[contains]'])) &&
					(!q['createdAt[from]'] || r.createdAt >= new Date(q['createdAt[from]']).toISOString()) &&
					(!q['createdAt[to]'] || r.createdAt <= new Date(q['createdAt[to]']).toISOString()),
			);
			return list(
				items,
				q,
				[
					'roomName',
					'createdAt',
					'totalSessions',
					'totalParticipantMinutes',
					'totalUniqueParticipants',
				],
				{ def: 10 },
			);
		},
		'GET /insights/room-sessions': (ctx) => {
			const q = ctx.query;
			if (!q.roomName) return error(400, '"roomName" is required');
			const items = ctx.state.roomSessions.filter(
				(s) =>
					s.roomName === q.roomName && (!q.roomSessionId || s.roomSessionId === q.roomSessionId),
			);
			return list(items, q, ['startedAt', 'endedAt', 'totalParticipantMinutes']);
		},
		'GET /insights/participants': (ctx) => {
			const q = ctx.query;
			if (!q.roomSessionId && !q.externalId)
				return error(400, 'One of "roomSessionId" or "externalId" is required');
			const items = ctx.state.participants.filter(
				(p) =>
					(!q.roomSessionId || p.roomSessionId === q.roomSessionId) &&
					(!q.externalId || p.externalId === q.externalId),
			);
			return list(items, q, ['joinedAt', 'leftAt']);
		},
		'GET /insights/participant': (ctx) => {
			const q = ctx.query;
			if (!q.roomSessionId || !q.participantId)
				return error(400, '"roomSessionId" and "participantId" are required');
			const p = ctx.state.participants.find(
				(x) => x.roomSessionId === q.roomSessionId && x.participantId === q.participantId,
			);
			if (!p) return error(404, 'Participant not found');
			const sample = (i) => ({
				displayName: p.displayName,
				userRole: p.roleName,
				userAgent: 'Mozilla/5.0 (sandbox)',
				timeStamp: new Date(Date.parse(p.joinedAt) + i * 10000).toISOString(),
				sampleRateMs: 10000,
				samples: {
					packetLossSend: 0,
					packetLossRecv: 0.01,
					bitrateSend: 1200000,
					bitrateRecv: 1100000,
				},
				events: [],
			});
			return json(200, [sample(0), sample(1)]);
		},

		'PUT /rooms/:roomName/theme/tokens': (ctx) => {
			if (!knownRoom(ctx.state, ctx.params.roomName)) return error(404, 'Room not found');
			const { body, denied } = jsonObject(ctx);
			if (denied) return denied;
			if (body.tokensPreset !== undefined && !['custom', 'default'].includes(body.tokensPreset))
				return error(400, '"tokensPreset" must be one of [custom, default]');
			const colors = body.tokens?.colors;
			if (body.tokensPreset !== 'default') {
				if (typeof colors !== 'object' || colors === null)
					return error(400, '"tokens.colors" is required');
				for (const [k, v] of Object.entries(colors)) {
					if (!['primary', 'secondary', 'focus'].includes(k) || !HEX.test(v))
						return error(400, `Invalid colour "${k}": ${v} (expected #RRGGBB)`);
				}
			}
			const theme = ctx.state.themes.get(ctx.params.roomName) ?? {};
			ctx.state.themes.set(ctx.params.roomName, {
				...theme,
				tokens: compact({ tokens: body.tokens, tokensPreset: body.tokensPreset }),
			});
			return empty(204);
		},
		'PUT /rooms/:roomName/theme/logo': (ctx) =>
			themeImage(ctx, 'logo', (v) =>
				v.theme === 'default' ? undefined : 'Expected {"theme":"default"} (or a multipart "image")',
			),
		'PUT /rooms/:roomName/theme/room-background': (ctx) =>
			themeImage(ctx, 'roomBackground', backgroundJson),
		'PUT /rooms/:roomName/theme/room-knock-page-background': (ctx) =>
			themeImage(ctx, 'knockPageBackground', backgroundJson),
	},

	webhook: {
		/** The envelope Whereby POSTs for an event `type`; `data` overrides the sample fields. */
		event: (type = 'room.client.joined', data = {}) => ({
			id: `evt_${id()}`,
			apiVersion: '1.0',
			createdAt: new Date().toISOString(),
			type,
			data: {
				meetingId: '1001',
				roomName: '/team-standup',
				subdomain: 'sandbox-org',
				roomSessionId: 'session-1',
				...(EVENT_DATA[type] ?? {}),
				...data,
			},
		}),
		/** `Whereby-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>`. */
		sign: ({ payload, secret, timestamp }) => {
			const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
			const v1 = hmac('sha256', secret ?? '', `${timestamp}.${body}`);
			return {
				headers: {
					'content-type': 'application/json',
					'whereby-signature': `t=${timestamp},v1=${v1}`,
				},
				body,
			};
		},
	},
};
