// Twilio Programmable Voice conferences (2010-04-01 API), as documented: shared/providers/API-NOTES.md §B,
// twilio/twilio-oai spec/json/twilio_api_v2010.json, TwiML <Conference> status callbacks.
// Mounted at /twilio: the credential baseUrl is `<sandbox>/twilio`, every path is /2010-04-01/Accounts/<AC…>/…
// and next_page_uri is root-relative (/2010-04-01/…) exactly as Twilio returns it, so it only works
// appended to the baseUrl — as a client must do with api.twilio.com.
// Stricter than Twilio where Twilio's behaviour is undocumented: unknown form parameters, non-form POST
// bodies and malformed booleans are answered 400 (code 20001) so that client mistakes show up.
import { json, empty, mediaType, parseForm, basicAuth, nextUriPage, hmac, id } from '../lib.mjs';

const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'twilio-sandbox-auth-token';
const API_KEY_SID = 'SKfedcba9876543210fedcba9876543210';
const API_KEY_SECRET = 'twilio-sandbox-api-key-secret';
const ROOT = `/2010-04-01/Accounts/${ACCOUNT_SID}`;
const CF_STANDUP = 'CF00000000000000000000000000000001';
const CF_REVIEW = 'CF00000000000000000000000000000002';
const HOUR = 3600e3;

/** Twilio's error body (twilio-node RestException): code, message, more_info, status. */
const twilioError = (status, code, message) =>
	json(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
const invalid = (message) => twilioError(400, 20001, message);
const notFound = (ctx) =>
	twilioError(404, 20404, `The requested resource ${ctx.path} was not found`);

/** RFC 2822 as Twilio writes it: "Thu, 01 Jun 2017 20:48:32 +0000". */
const rfc2822 = (ms) => new Date(ms).toUTCString().replace('GMT', '+0000');
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

function conference(sid, friendlyName, status, createdMs, extra = {}) {
	return {
		sid,
		friendly_name: friendlyName,
		status,
		createdMs,
		updatedMs: createdMs,
		reason_conference_ended: status === 'completed' ? 'last-participant-left' : null,
		call_sid_ending_conference: null,
		region: 'us1',
		participants: new Map(),
		recordings: [],
		callback: null,
		sequence: 0,
		...extra,
	};
}

function participant(conf, callSid, label, extra = {}) {
	return {
		callSid,
		label,
		conferenceSid: conf.sid,
		muted: false,
		hold: false,
		coaching: false,
		callSidToCoach: null,
		endConferenceOnExit: false,
		startConferenceOnEnter: true,
		status: 'connected',
		createdMs: Date.now(),
		updatedMs: Date.now(),
		...extra,
	};
}

function recording(conf, sid, status, createdMs) {
	return {
		sid,
		conferenceSid: conf.sid,
		status,
		createdMs,
		updatedMs: createdMs,
		duration: status === 'completed' ? '1800' : '-1',
	};
}

function seed() {
	const now = Date.now();
	const conferences = new Map();
	const standup = conference(CF_STANDUP, 'daily-standup', 'in-progress', now - HOUR);
	standup.participants.set(
		'CA00000000000000000000000000000001',
		participant(standup, 'CA00000000000000000000000000000001', 'host'),
	);
	standup.participants.set(
		'CA00000000000000000000000000000002',
		participant(standup, 'CA00000000000000000000000000000002', 'guest', { muted: true }),
	);
	standup.recordings.push(
		recording(standup, 'RE00000000000000000000000000000001', 'in-progress', now - HOUR + 60e3),
	);
	const review = conference(CF_REVIEW, 'design-review', 'completed', now - 24 * HOUR);
	review.recordings.push(
		recording(review, 'RE00000000000000000000000000000002', 'completed', now - 24 * HOUR + 60e3),
	);
	review.recordings.push(
		recording(review, 'RE00000000000000000000000000000003', 'completed', now - 23 * HOUR),
	);
	conferences.set(standup.sid, standup);
	conferences.set(review.sid, review);
	// An archive of finished conferences, so that "return all" has to follow next_page_uri.
	for (let i = 1; i <= 1002; i++) {
		const sid = `CF${String(1000 + i).padStart(32, 'a')}`;
		conferences.set(
			sid,
			conference(
				sid,
				`archive-${String(i).padStart(4, '0')}`,
				'completed',
				Date.UTC(2025, 0, 1) + i * HOUR,
			),
		);
	}
	return { conferences };
}

// ---- views (what Twilio returns) ---------------------------------------------------------------

const confUri = (sid) => `${ROOT}/Conferences/${sid}`;

const conferenceView = (c) => ({
	account_sid: ACCOUNT_SID,
	api_version: '2010-04-01',
	call_sid_ending_conference: c.call_sid_ending_conference,
	date_created: rfc2822(c.createdMs),
	date_updated: rfc2822(c.updatedMs),
	friendly_name: c.friendly_name,
	reason_conference_ended: c.reason_conference_ended,
	region: c.region,
	sid: c.sid,
	status: c.status,
	subresource_uris: {
		participants: `${confUri(c.sid)}/Participants.json`,
		recordings: `${confUri(c.sid)}/Recordings.json`,
	},
	uri: `${confUri(c.sid)}.json`,
});

const participantView = (p, extra = {}) => ({
	account_sid: ACCOUNT_SID,
	call_sid: p.callSid,
	call_sid_to_coach: p.callSidToCoach,
	coaching: p.coaching,
	conference_sid: p.conferenceSid,
	date_created: rfc2822(p.createdMs),
	date_updated: rfc2822(p.updatedMs),
	end_conference_on_exit: p.endConferenceOnExit,
	hold: p.hold,
	label: p.label,
	muted: p.muted,
	start_conference_on_enter: p.startConferenceOnEnter,
	status: p.status,
	uri: `${confUri(p.conferenceSid)}/Participants/${p.callSid}.json`,
	...extra,
});

const recordingView = (r) => ({
	account_sid: ACCOUNT_SID,
	api_version: '2010-04-01',
	call_sid: null,
	conference_sid: r.conferenceSid,
	date_created: rfc2822(r.createdMs),
	date_updated: rfc2822(r.updatedMs),
	start_time: rfc2822(r.createdMs),
	duration: r.duration,
	sid: r.sid,
	price: null,
	price_unit: 'USD',
	status: r.status,
	channels: 1,
	source: 'StartConferenceRecordingAPI',
	error_code: null,
	encryption_details: null,
	uri: `${confUri(r.conferenceSid)}/Recordings/${r.sid}.json`,
});

// ---- request checks ----------------------------------------------------------------------------

const E164 = /^\+[1-9]\d{1,14}$/;
const isAddress = (v) => E164.test(v) || /^client:[^\s:]+$/.test(v) || /^sip:[^\s@]+@\S+$/i.test(v);
const isUrl = (v) => /^https?:\/\/\S+$/i.test(v);
const isSid = (prefix, v) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(v);

/** Reads a form body and checks every parameter against `rules` (name → check(value) → error text). */
function readForm(ctx, rules) {
	if (mediaType(ctx) !== 'application/x-www-form-urlencoded')
		return { error: invalid('POST bodies must be application/x-www-form-urlencoded') };
	const form = parseForm(ctx);
	for (const [name, value] of Object.entries(form)) {
		const rule = rules[name];
		if (!rule) return { error: invalid(`Unknown parameter ${name}`) };
		const values = [].concat(value);
		if (values.length > 1 && !rule.list)
			return { error: invalid(`Parameter ${name} given ${values.length} times`) };
		for (const v of values) {
			const problem = rule(v);
			if (problem) return { error: invalid(`Invalid ${name}: ${problem}`) };
		}
	}
	return { form };
}

const bool = (v) => (v === 'true' || v === 'false' ? undefined : 'must be true or false');
const oneOf =
	(...values) =>
	(v) =>
		values.includes(v) ? undefined : `must be one of ${values.join(', ')}`;
const url = (v) => (isUrl(v) ? undefined : 'must be an absolute URL');
const method = oneOf('GET', 'POST');
const between = (min, max) => (v) =>
	/^\d+$/.test(v) && +v >= min && +v <= max
		? undefined
		: `must be an integer between ${min} and ${max}`;
const text = (v) => (v.length > 0 ? undefined : 'must not be empty');
const list = (check) => Object.assign((v) => check(v), { list: true });
const callSid = (v) => (isSid('CA', v) ? undefined : 'must be a Call SID');

const PARTICIPANT_CREATE = {
	From: (v) =>
		isAddress(v) ? undefined : 'must be a phone number in E.164, client: or sip: address',
	To: (v) =>
		isAddress(v) ? undefined : 'must be a phone number in E.164, client: or sip: address',
	Label: text,
	Muted: bool,
	Beep: oneOf('true', 'false', 'onEnter', 'onExit'),
	StartConferenceOnEnter: bool,
	EndConferenceOnExit: bool,
	Record: bool,
	Timeout: between(5, 600),
	StatusCallback: url,
	StatusCallbackMethod: method,
	StatusCallbackEvent: list(oneOf('initiated', 'ringing', 'answered', 'completed')),
	ConferenceStatusCallback: url,
	ConferenceStatusCallbackMethod: method,
	ConferenceStatusCallbackEvent: list(
		oneOf('start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'),
	),
	ConferenceRecord: oneOf('true', 'false', 'record-from-start', 'do-not-record'),
	ConferenceTrim: oneOf('trim-silence', 'do-not-trim'),
	ConferenceRecordingStatusCallback: url,
	ConferenceRecordingStatusCallbackMethod: method,
	ConferenceRecordingStatusCallbackEvent: list(
		oneOf('in-progress', 'completed', 'failed', 'absent'),
	),
	RecordingChannels: oneOf('mono', 'dual'),
	RecordingStatusCallback: url,
	RecordingStatusCallbackMethod: method,
	RecordingStatusCallbackEvent: list(
		oneOf(
			'started',
			'in-progress',
			'paused',
			'resumed',
			'stopped',
			'completed',
			'failed',
			'absent',
		),
	),
	Coaching: bool,
	CallSidToCoach: callSid,
	WaitUrl: url,
	WaitMethod: method,
	EarlyMedia: bool,
	MaxParticipants: between(2, 250),
	Region: oneOf('us1', 'us2', 'ie1', 'de1', 'sg1', 'br1', 'au1', 'jp1'),
	CallerId: text,
	SipAuthUsername: text,
	SipAuthPassword: text,
};
const PARTICIPANT_UPDATE = {
	Muted: bool,
	Hold: bool,
	HoldUrl: url,
	HoldMethod: method,
	AnnounceUrl: url,
	AnnounceMethod: method,
	WaitUrl: url,
	WaitMethod: method,
	BeepOnExit: bool,
	EndConferenceOnExit: bool,
	Coaching: bool,
	CallSidToCoach: callSid,
};

// ---- lists -------------------------------------------------------------------------------------

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `DateCreated`, `DateCreated<` (on or before), `DateCreated>` (on or after), in UTC days. */
function dateFilter(query, name, field) {
	const checks = [];
	for (const [key, test] of [
		[name, (d, v) => d === v],
		[`${name}<`, (d, v) => d <= v],
		[`${name}>`, (d, v) => d >= v],
	]) {
		const value = query[key];
		if (value === undefined) continue;
		if (!DATE.test(value)) return { error: invalid(`${key} must be a date YYYY-MM-DD`) };
		checks.push((item) => test(isoDate(item[field]), value));
	}
	return { keep: (item) => checks.every((c) => c(item)) };
}

/** A Twilio list envelope with root-relative page URIs; PageSize 1–1000. */
function listPage(ctx, key, items, view) {
	const size = ctx.query.PageSize;
	if (size !== undefined && !(/^\d+$/.test(size) && +size >= 1 && +size <= 1000))
		return invalid('PageSize must be between 1 and 1000');
	const page = nextUriPage(items, ctx.query, { path: ctx.path });
	if (page.status) return invalid(JSON.parse(page.body).error);
	const start = page.meta.page * page.meta.page_size;
	return json(200, {
		[key]: page.items.map(view),
		...page.meta,
		start,
		end: start + Math.max(page.items.length - 1, 0),
	});
}

// ---- helpers over the state --------------------------------------------------------------------

function withAccount(handler) {
	return (ctx) => (ctx.params.accountSid === ACCOUNT_SID ? handler(ctx) : notFound(ctx));
}

const findConference = (ctx) => ctx.state.conferences.get(ctx.params.conferenceSid);
const findParticipant = (conf, key) =>
	conf.participants.get(key) ?? [...conf.participants.values()].find((p) => p.label === key);
const newestFirst = (a, b) => b.createdMs - a.createdMs;

/** Sends a status callback the way Twilio does, when the conference subscribed to the event. */
function notify(conf, keyword, event, extra) {
	const cb = conf.callback;
	if (!cb || !cb.events.includes(keyword)) return;
	const params = statusCallback(event, {
		ConferenceSid: conf.sid,
		FriendlyName: conf.friendly_name,
		SequenceNumber: String(++conf.sequence),
		...extra,
	});
	const { headers, body } = sign({ payload: params, secret: AUTH_TOKEN, url: cb.url });
	setTimeout(() => fetch(cb.url, { method: 'POST', headers, body }).catch(() => {}), 20);
}

const participantParams = (p) => ({
	CallSid: p.callSid,
	ParticipantLabel: p.label ?? '',
	Muted: String(p.muted),
	Hold: String(p.hold),
	Coaching: String(p.coaching),
	EndConferenceOnExit: String(p.endConferenceOnExit),
	StartConferenceOnEnter: String(p.startConferenceOnEnter),
});

// ---- routes ------------------------------------------------------------------------------------

function addParticipant(ctx) {
	const { form, error } = readForm(ctx, PARTICIPANT_CREATE);
	if (error) return error;
	if (!form.From || !form.To)
		return twilioError(400, 21201, `Missing required parameter ${form.From ? 'To' : 'From'}`);
	if (form.Coaching === 'true' && !form.CallSidToCoach)
		return invalid('CallSidToCoach is required when Coaching is true');
	const key = ctx.params.conferenceSid;
	let conf = ctx.state.conferences.get(key);
	if (!conf && isSid('CF', key))
		return twilioError(404, 16003, 'Could not recognize conference sid or friendly name');
	if (!conf) {
		// A friendly name joins the conference of that name that is not over, or starts a new one.
		conf = [...ctx.state.conferences.values()].find(
			(c) => c.friendly_name === key && c.status !== 'completed',
		);
		if (!conf) {
			conf = conference(id('CF', 32), key, 'init', Date.now(), { region: form.Region ?? 'us1' });
			ctx.state.conferences.set(conf.sid, conf);
		}
	}
	if (conf.status === 'completed')
		return twilioError(400, 16003, 'Conference is already completed');
	if (form.Label && findParticipant(conf, form.Label))
		return invalid(`Label ${form.Label} is already used in this conference`);
	if (!conf.callback && form.ConferenceStatusCallback) {
		// Only the first participant's callback settings count (TwiML <Conference> docs).
		conf.callback = {
			url: form.ConferenceStatusCallback,
			events: [].concat(form.ConferenceStatusCallbackEvent ?? ['start', 'end']),
		};
	}
	const p = participant(conf, id('CA', 32), form.Label ?? null, {
		muted: form.Muted === 'true',
		coaching: form.Coaching === 'true',
		callSidToCoach: form.CallSidToCoach ?? null,
		endConferenceOnExit: form.EndConferenceOnExit === 'true',
		startConferenceOnEnter: form.StartConferenceOnEnter !== 'false',
	});
	conf.participants.set(p.callSid, p);
	if (conf.participants.size >= 2 && conf.status === 'init') {
		conf.status = 'in-progress';
		notify(conf, 'start', 'conference-start', {});
	}
	notify(conf, 'join', 'participant-join', participantParams(p));
	return json(201, participantView(p, { status: 'queued', queue_time: '0' }));
}

function updateParticipant(ctx) {
	const conf = findConference(ctx);
	const p = conf && findParticipant(conf, ctx.params.callSid);
	if (!p) return notFound(ctx);
	const { form, error } = readForm(ctx, PARTICIPANT_UPDATE);
	if (error) return error;
	if (form.Coaching === 'true' && !form.CallSidToCoach && !p.callSidToCoach)
		return invalid('CallSidToCoach is required when Coaching is true');
	const before = { muted: p.muted, hold: p.hold };
	for (const [name, field] of [
		['Muted', 'muted'],
		['Hold', 'hold'],
		['Coaching', 'coaching'],
		['EndConferenceOnExit', 'endConferenceOnExit'],
	]) {
		if (form[name] !== undefined) p[field] = form[name] === 'true';
	}
	if (form.CallSidToCoach) p.callSidToCoach = form.CallSidToCoach;
	p.updatedMs = Date.now();
	if (p.muted !== before.muted)
		notify(conf, 'mute', p.muted ? 'participant-mute' : 'participant-unmute', participantParams(p));
	if (p.hold !== before.hold)
		notify(conf, 'hold', p.hold ? 'participant-hold' : 'participant-unhold', participantParams(p));
	return json(200, participantView(p));
}

function removeParticipant(ctx) {
	const conf = findConference(ctx);
	const p = conf && findParticipant(conf, ctx.params.callSid);
	if (!p) return notFound(ctx);
	conf.participants.delete(p.callSid);
	notify(conf, 'leave', 'participant-leave', {
		...participantParams(p),
		ParticipantCallStatus: 'completed',
		ReasonParticipantLeft: 'participant_updated_via_api',
	});
	return empty(204);
}

function updateConference(ctx) {
	const conf = findConference(ctx);
	if (!conf) return notFound(ctx);
	const { form, error } = readForm(ctx, {
		Status: oneOf('completed'),
		AnnounceUrl: url,
		AnnounceMethod: method,
	});
	if (error) return error;
	if (form.Status === 'completed' && conf.status !== 'completed') {
		conf.status = 'completed';
		conf.reason_conference_ended = 'conference-ended-via-api';
		conf.participants.clear();
		notify(conf, 'end', 'conference-end', {
			ReasonConferenceEnded: 'conference-ended-via-api',
			Reason: 'Conference ended via API',
		});
	}
	conf.updatedMs = Date.now();
	return json(200, conferenceView(conf));
}

function findRecording(conf, key) {
	if (key === 'Twilio.CURRENT')
		return conf.recordings.find((r) => r.status === 'in-progress' || r.status === 'paused');
	return conf.recordings.find((r) => r.sid === key);
}

function updateRecording(ctx) {
	const conf = findConference(ctx);
	const r = conf && findRecording(conf, ctx.params.recordingSid);
	if (!r) return notFound(ctx);
	const { form, error } = readForm(ctx, {
		Status: oneOf('in-progress', 'paused', 'stopped'),
		PauseBehavior: oneOf('skip', 'silence'),
	});
	if (error) return error;
	if (!form.Status) return twilioError(400, 21201, 'Missing required parameter Status');
	if (r.status === 'stopped' || r.status === 'completed')
		return invalid('The recording is no longer active');
	r.status = form.Status;
	r.updatedMs = Date.now();
	return json(200, recordingView(r));
}

const A = '/2010-04-01/Accounts/:accountSid';
const C = `${A}/Conferences/:conferenceSid`;

const routes = {
	[`GET ${A}.json`]: withAccount(() =>
		json(200, {
			sid: ACCOUNT_SID,
			friendly_name: 'Sandbox account',
			status: 'active',
			type: 'Full',
			date_created: rfc2822(Date.UTC(2020, 0, 1)),
			uri: `${ROOT}.json`,
		}),
	),
	[`GET ${A}/Conferences.json`]: withAccount((ctx) => {
		const { query } = ctx;
		if (query.Status !== undefined && !['init', 'in-progress', 'completed'].includes(query.Status))
			return invalid('Status must be init, in-progress or completed');
		const created = dateFilter(query, 'DateCreated', 'createdMs');
		const updated = dateFilter(query, 'DateUpdated', 'updatedMs');
		if (created.error || updated.error) return created.error ?? updated.error;
		const items = [...ctx.state.conferences.values()]
			.filter(
				(c) =>
					(!query.FriendlyName || c.friendly_name === query.FriendlyName) &&
					(!query.Status || c.status === query.Status),
			)
			.filter((c) => created.keep(c) && updated.keep(c))
			.sort(newestFirst);
		return listPage(ctx, 'conferences', items, conferenceView);
	}),
	[`GET ${C}.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		return conf ? json(200, conferenceView(conf)) : notFound(ctx);
	}),
	[`POST ${C}.json`]: withAccount(updateConference),
	[`GET ${C}/Participants.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		if (!conf) return notFound(ctx);
		for (const name of ['Muted', 'Hold', 'Coaching'])
			if (ctx.query[name] !== undefined && bool(ctx.query[name]))
				return invalid(`${name} must be true or false`);
		const match = (p) =>
			['Muted', 'Hold', 'Coaching'].every(
				(n) => ctx.query[n] === undefined || String(p[n.toLowerCase()]) === ctx.query[n],
			);
		return listPage(ctx, 'participants', [...conf.participants.values()].filter(match), (p) =>
			participantView(p),
		);
	}),
	[`POST ${C}/Participants.json`]: withAccount(addParticipant),
	[`GET ${C}/Participants/:callSid.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		const p = conf && findParticipant(conf, ctx.params.callSid);
		return p ? json(200, participantView(p)) : notFound(ctx);
	}),
	[`POST ${C}/Participants/:callSid.json`]: withAccount(updateParticipant),
	[`DELETE ${C}/Participants/:callSid.json`]: withAccount(removeParticipant),
	[`GET ${C}/Recordings.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		if (!conf) return notFound(ctx);
		const created = dateFilter(ctx.query, 'DateCreated', 'createdMs');
		if (created.error) return created.error;
		return listPage(
			ctx,
			'recordings',
			conf.recordings.filter(created.keep).sort(newestFirst),
			recordingView,
		);
	}),
	[`GET ${C}/Recordings/:recordingSid.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		const r = conf && conf.recordings.find((x) => x.sid === ctx.params.recordingSid);
		return r ? json(200, recordingView(r)) : notFound(ctx);
	}),
	[`POST ${C}/Recordings/:recordingSid.json`]: withAccount(updateRecording),
	[`DELETE ${C}/Recordings/:recordingSid.json`]: withAccount((ctx) => {
		const conf = findConference(ctx);
		const index = conf ? conf.recordings.findIndex((x) => x.sid === ctx.params.recordingSid) : -1;
		if (index < 0) return notFound(ctx);
		conf.recordings.splice(index, 1);
		return empty(204);
	}),
};

// ---- status callbacks --------------------------------------------------------------------------

/** The form parameters Twilio POSTs for a conference status callback event. */
function statusCallback(event = 'participant-join', data = {}) {
	const base = {
		AccountSid: ACCOUNT_SID,
		ConferenceSid: CF_STANDUP,
		FriendlyName: 'daily-standup',
		SequenceNumber: '1',
		StatusCallbackEvent: event,
		Timestamp: rfc2822(Date.now()),
	};
	if (event.startsWith('participant-') || event.startsWith('announcement-')) {
		Object.assign(base, {
			CallSid: 'CA00000000000000000000000000000002',
			ParticipantLabel: 'guest',
			Muted: 'false',
			Hold: 'false',
			Coaching: 'false',
			EndConferenceOnExit: 'false',
			StartConferenceOnEnter: 'true',
		});
	}
	if (event === 'participant-leave')
		Object.assign(base, {
			ParticipantCallStatus: 'completed',
			ReasonParticipantLeft: 'participant_hung_up',
		});
	if (event === 'conference-end')
		Object.assign(base, {
			ReasonConferenceEnded: 'last-participant-left',
			Reason: 'Last participant left',
			CallSidEndingConference: 'CA00000000000000000000000000000001',
		});
	if (event.startsWith('announcement-'))
		Object.assign(base, { AnnounceUrl: 'https://example.com/announce.xml' });
	if (event === 'announcement-fail') base.ReasonAnnouncementFailed = 'Internal error';
	return { ...base, ...data };
}

/**
 * X-Twilio-Signature = base64(HMAC-SHA1(Auth Token, url + each param name and value, names sorted;
 * a repeated name's distinct values sorted)), over the URL exactly as configured.
 */
function sign({ payload, secret, url }) {
	const params =
		typeof payload === 'string'
			? new URLSearchParams(payload)
			: new URLSearchParams(
					Object.entries(payload).flatMap(([k, v]) => [].concat(v).map((x) => [k, String(x)])),
				);
	const byName = new Map();
	for (const [k, v] of params) byName.set(k, (byName.get(k) ?? new Set()).add(v));
	let data = url;
	for (const name of [...byName.keys()].sort())
		for (const value of [...byName.get(name)].sort()) data += name + value;
	return {
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'x-twilio-signature': hmac('sha1', secret ?? '', data, 'base64'),
			'i-twilio-idempotency-token': id(),
			'user-agent': 'TwilioProxy/1.1',
		},
		body: params.toString(),
	};
}

export default {
	name: 'twilio',
	prefix: '/twilio',
	tokens: [AUTH_TOKEN, API_KEY_SECRET],
	credentialType: 'twilioConferenceApi',
	credentials: (baseUrl) => ({
		accountSid: ACCOUNT_SID,
		authType: 'authToken',
		authToken: AUTH_TOKEN,
		baseUrl,
	}),
	apiKey: {
		accountSid: ACCOUNT_SID,
		authType: 'apiKey',
		apiKeySid: API_KEY_SID,
		apiKeySecret: API_KEY_SECRET,
	},
	seed,

	authenticate: (ctx) => {
		const auth = basicAuth(ctx);
		const ok =
			(auth?.user === ACCOUNT_SID && auth.password === AUTH_TOKEN) ||
			(auth?.user === API_KEY_SID && auth.password === API_KEY_SECRET);
		return ok ? undefined : twilioError(401, 20003, 'Authenticate');
	},
	// Twilio documents 429 with error 20429 for too many concurrent requests; no Retry-After header is documented.
	tooManyRequests: () => twilioError(429, 20429, 'Too Many Requests'),
	notFound,
	badRequest: invalid,
	routes,

	webhook: { event: statusCallback, sign },
};
