// Example workflows imported by `npm run demo` (= npm start -- --sandbox), one entry per provider.
// Each function gets `{ credential: { id, name }, sandboxUrl }` (the sandbox credential already
// imported, and the sandbox's URL) and returns workflows with fixed 16-character ids. Add your
// provider here when its node lands.
import { readFileSync } from 'node:fs';

const N = (name) => `n8n-nodes-video-meetings.${name}`;
const at = (i) => [240 * i, 0];
const manual = {
	id: 'manual',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: at(0),
	parameters: {},
};

/** Manual Trigger → node 1 → node 2 …; `nodes` are `[name, type, parameters]`. */
function chain(id, name, credentialKey, credential, nodes) {
	const all = [
		manual,
		...nodes.map(([n, type, parameters], i) => ({
			id: `node${i}`,
			name: n,
			type,
			typeVersion: 1,
			position: at(i + 1),
			parameters,
			credentials: { [credentialKey]: credential },
		})),
	];
	const connections = Object.fromEntries(
		all
			.slice(0, -1)
			.map((n, i) => [n.name, { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] }]),
	);
	return { id, name, nodes: all, connections, active: false, settings: { executionOrder: 'v1' } };
}

/**
 * examples/participant-joined-post.json (a trigger in the normalized format → HTTP Request) with
 * `provider`'s trigger and join event, its sandbox credential, and the sandbox's /_probe as the chat.
 */
export function participantJoinedPost(provider, credential, sandboxUrl) {
	const { type, events, credentialKey } = JOIN_TRIGGERS[provider];
	const workflow = JSON.parse(
		readFileSync(new URL('../examples/participant-joined-post.json', import.meta.url), 'utf8'),
	);
	const n = Object.keys(JOIN_TRIGGERS).indexOf(provider) + 1;
	const nodes = workflow.nodes.map((node) => {
		if (node.id === 'trigger') {
			return {
				...node,
				type: N(type),
				webhookId: `e7e7e7e7-0000-4000-8000-00000000000${n}`,
				parameters: { ...node.parameters, events },
				credentials: { [credentialKey]: credential },
			};
		}
		if (node.type === 'n8n-nodes-base.httpRequest')
			return {
				...node,
				parameters: { ...node.parameters, url: `${sandboxUrl}/_probe/participant-joined` },
			};
		return node;
	});
	const label = credential.name.replace(/ \(sandbox\)$/, '');
	return {
		...workflow,
		id: `demoJoined${provider}`.padEnd(16, '0').slice(0, 16),
		name: `${label} sandbox: ${workflow.name}`,
		nodes,
	};
}

/** The trigger and join event of each provider that has participants joining (VecTalk's 1:1 calls have none). */
export const JOIN_TRIGGERS = {
	whereby: { type: 'wherebyTrigger', events: ['room.client.joined'], credentialKey: 'wherebyApi' },
	twilio: {
		type: 'twilioConferenceTrigger',
		events: ['participant-join'],
		credentialKey: 'twilioConferenceApi',
	},
	pagecall: { type: 'pagecallTrigger', events: ['sessionJoined'], credentialKey: 'pagecallApi' },
	videochamada: {
		type: 'videochamadaTrigger',
		events: ['participant.joined'],
		credentialKey: 'videochamadaApi',
	},
};

/**
 * examples/<file> as `npm run demo` (and the e2e) load it: the sandbox's URL instead of
 * http://localhost:5680, and the sandbox credential on every node that has a credential.
 */
export function exampleWorkflow(file, { sandboxUrl, credential }) {
	const text = readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8').replaceAll(
		'http://localhost:5680',
		sandboxUrl,
	);
	const workflow = JSON.parse(text);
	const withCredential = (node) =>
		node.credentials
			? {
					...node,
					credentials: Object.fromEntries(
						Object.keys(node.credentials).map((key) => [key, credential]),
					),
				}
			: node;
	return { ...workflow, nodes: workflow.nodes.map(withCredential) };
}

/** The meeting-ended trigger of each provider with attendance that sends one (Pagecall sends none). */
export const MEETING_ENDED = {
	whereby: {
		type: 'wherebyTrigger',
		events: ['room.session.ended'],
		credentialKey: 'wherebyApi',
		webhookId: 'a1a1a1a1-0000-4000-8000-000000000002',
	},
	videochamada: {
		type: 'videochamadaTrigger',
		events: ['call.ended'],
		credentialKey: 'videochamadaApi',
		webhookId: 'a1a1a1a1-0000-4000-8000-000000000004',
	},
};

/** examples/meeting-ended-attendance.json with `provider`'s trigger, credential and Get Attendance provider. */
export function meetingEndedAttendance(provider, credential, sandboxUrl) {
	const { type, events, credentialKey, webhookId } = MEETING_ENDED[provider];
	const workflow = exampleWorkflow('meeting-ended-attendance.json', { sandboxUrl, credential });
	const nodes = workflow.nodes.map((node) => {
		if (node.id === 'trigger')
			return {
				...node,
				type: N(type),
				webhookId,
				parameters: { ...node.parameters, events },
				credentials: { [credentialKey]: credential },
			};
		if (node.id === 'attendance')
			return {
				...node,
				parameters: { ...node.parameters, provider },
				credentials: { [credentialKey]: credential },
			};
		return node;
	});
	const label = credential.name.replace(/ \(sandbox\)$/, '');
	return {
		...workflow,
		id: `demoEnded${provider}`.padEnd(16, '0').slice(0, 16),
		name: `${label} sandbox: ${workflow.name}`,
		nodes,
	};
}

/**
 * examples/daily-meeting-link.json (Schedule Trigger → Video Meeting → HTTP Request) for one
 * provider: its sandbox credential, and the sandbox's /_probe as the chat webhook.
 */
export function dailyMeetingLink(provider, credentialKey, credential, sandboxUrl) {
	const workflow = JSON.parse(
		readFileSync(new URL('../examples/daily-meeting-link.json', import.meta.url), 'utf8'),
	);
	const nodes = workflow.nodes.map((node) => {
		if (node.type === N('videoMeeting'))
			return {
				...node,
				parameters: { ...node.parameters, provider },
				credentials: { [credentialKey]: credential },
			};
		if (node.type === 'n8n-nodes-base.httpRequest')
			return {
				...node,
				parameters: { ...node.parameters, url: `${sandboxUrl}/_probe/daily-meeting-link` },
			};
		return node;
	});
	const label = credential.name.replace(/ \(sandbox\)$/, '');
	return {
		...workflow,
		id: `demoDaily${provider}`.padEnd(16, '0').slice(0, 16),
		name: `${label} sandbox: ${workflow.name}`,
		nodes,
	};
}

export const demoWorkflows = {
	whereby: ({ credential, sandboxUrl }) => [
		dailyMeetingLink('whereby', 'wherebyApi', credential, sandboxUrl),
		chain(
			'demoWherebyMeet1',
			'Whereby sandbox: create a meeting, list recordings',
			'wherebyApi',
			credential,
			[
				[
					'Create meeting',
					N('whereby'),
					{
						resource: 'meeting',
						operation: 'create',
						endDate: "={{ $now.plus(1, 'hour').toISO() }}",
						additionalFields: { fields: ['hostRoomUrl'] },
					},
				],
				[
					'List recordings',
					N('whereby'),
					{ resource: 'recording', operation: 'getAll', returnAll: true, filters: {} },
				],
			],
		),
		chain(
			'demoWherebyMore1',
			'Whereby sandbox: transcribe, summarize, insights, branding',
			'wherebyApi',
			credential,
			[
				[
					'Transcribe recording',
					N('whereby'),
					{
						resource: 'transcription',
						operation: 'create',
						recordingId: { __rl: true, mode: 'id', value: 'rec-1' },
					},
				],
				[
					'Summarize',
					N('whereby'),
					{
						resource: 'summary',
						operation: 'create',
						transcriptionId: { __rl: true, mode: 'id', value: 'tr-1' },
						template: 'General Bulleted',
					},
				],
				[
					'Brand colours',
					N('whereby'),
					{
						resource: 'room',
						operation: 'setColors',
						roomName: '/team-standup',
						primary: '#1a73e8',
						secondary: '#ffffff',
						focus: '#0b57d0',
					},
				],
				[
					'Room usage',
					N('whereby'),
					{
						resource: 'insight',
						operation: 'getRooms',
						returnAll: true,
						filters: { sortBy: 'totalSessions:desc' },
					},
				],
			],
		),
		{
			id: 'demoWherebyTrig1',
			name: 'Whereby sandbox: participant joined/left',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: 'trigger',
					name: 'Whereby Trigger',
					type: N('wherebyTrigger'),
					typeVersion: 1,
					position: at(0),
					webhookId: 'd3m0d3m0-0000-4000-8000-000000000001',
					parameters: { events: ['room.client.joined', 'room.client.left'] },
					credentials: { wherebyApi: credential },
				},
			],
		},
		participantJoinedPost('whereby', credential, sandboxUrl),
		{
			...exampleWorkflow('recording-ready-download.json', { sandboxUrl, credential }),
			name: 'Whereby sandbox: when a recording is ready, download it and store it',
		},
		meetingEndedAttendance('whereby', credential, sandboxUrl),
	],
	vectalk: ({ credential }) => [
		chain(
			'demoVecTalkSet01',
			'VecTalk sandbox: read and change calling settings',
			'vecTalkApi',
			credential,
			[
				['Get settings', N('vecTalk'), { resource: 'callingSettings', operation: 'get' }],
				[
					'Set call hours',
					N('vecTalk'),
					{
						resource: 'callingSettings',
						operation: 'update',
						updateFields: {
							callHours: {
								hours: {
									status: 'ENABLED',
									timezoneId: 'America/Sao_Paulo',
									weeklyOperatingHours: {
										range: [{ dayOfWeek: 'MONDAY', openTime: '0900', closeTime: '1800' }],
									},
									holidaySchedule: {},
								},
							},
							restrictToUserCountries: 'BR',
						},
					},
				],
				[
					'End a call',
					N('vecTalk'),
					{ resource: 'call', operation: 'terminate', callId: 'wacid.sandbox-call-1' },
				],
			],
		),
		{
			id: 'demoVecTalkTrig1',
			name: 'VecTalk sandbox: WhatsApp call events',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: 'trigger',
					name: 'VecTalk Trigger',
					type: N('vecTalkTrigger'),
					typeVersion: 1,
					position: at(0),
					webhookId: 'd3m0d3m0-0000-4000-8000-000000000005',
					parameters: { events: ['connect', 'terminate'] },
					credentials: { vecTalkApi: credential },
				},
			],
		},
	],
	videochamada: ({ credential, sandboxUrl }) => [
		dailyMeetingLink('videochamada', 'videochamadaApi', credential, sandboxUrl),
		chain(
			'demoVideochamada',
			'videochamada.com.br sandbox: create a call, list October 2025 calls',
			'videochamadaApi',
			credential,
			[
				[
					'Create call',
					N('videochamada'),
					{
						resource: 'call',
						operation: 'create',
						title: 'Demo call',
						expiresAt: "={{ $now.plus(1, 'hour') }}",
						recording: 'projectDefault',
					},
				],
				[
					'Live status',
					N('videochamada'),
					{
						resource: 'call',
						operation: 'get',
						callId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					},
				],
				[
					'List calls',
					N('videochamada'),
					{
						resource: 'call',
						operation: 'getAll',
						startDate: '2025-10-01',
						endDate: '2025-10-31',
						returnAll: true,
					},
				],
			],
		),
		{
			id: 'demoVideochTrig1',
			name: 'videochamada.com.br sandbox: participant joined/left',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: 'trigger',
					name: 'Videochamada.com.br Trigger',
					type: N('videochamadaTrigger'),
					typeVersion: 1,
					position: at(0),
					webhookId: 'd3m0d3m0-0000-4000-8000-000000000006',
					parameters: { events: ['participant.joined', 'participant.left'] },
					credentials: { videochamadaApi: credential },
				},
			],
		},
		participantJoinedPost('videochamada', credential, sandboxUrl),
		meetingEndedAttendance('videochamada', credential, sandboxUrl),
	],
	pagecall: ({ credential, sandboxUrl }) => [
		dailyMeetingLink('pagecall', 'pagecallApi', credential, sandboxUrl),
		chain(
			'demoPagecallRoom',
			'Pagecall sandbox: user, room with members, sessions',
			'pagecallApi',
			credential,
			[
				[
					'Create user',
					N('pagecall'),
					{
						resource: 'user',
						operation: 'create',
						userId: 'demo-user',
						additionalFields: { name: 'Demo User', defaultMemberType: 'host' },
					},
				],
				[
					'Create room',
					N('pagecall'),
					{
						resource: 'room',
						operation: 'create',
						name: 'Demo room',
						type: 'private',
						additionalFields: {
							maxMeetingSeconds: 3600,
							members: {
								member: [{ userId: '={{ $json.user_id }}', type: 'host', name: 'Demo User' }],
							},
						},
					},
				],
				[
					'List members',
					N('pagecall'),
					{
						resource: 'member',
						operation: 'getAll',
						roomId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
						returnAll: true,
					},
				],
				[
					'Sessions of the seeded room',
					N('pagecall'),
					{
						resource: 'session',
						operation: 'getAll',
						roomId: { __rl: true, mode: 'id', value: '0005a1b2c3d4e5f6a7b8c9d0' },
						returnAll: true,
						filters: {},
					},
				],
			],
		),
		{
			id: 'demoPagecallTrig',
			name: 'Pagecall sandbox: participant joined/left',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: 'trigger',
					name: 'Pagecall Trigger',
					type: N('pagecallTrigger'),
					typeVersion: 1,
					position: at(0),
					webhookId: 'd3m0d3m0-0000-4000-8000-000000000003',
					parameters: { events: ['sessionJoined', 'sessionLeft'] },
					credentials: { pagecallApi: credential },
				},
			],
		},
		participantJoinedPost('pagecall', credential, sandboxUrl),
	],
	twilio: ({ credential, sandboxUrl }) => [
		chain(
			'demoTwilioConf01',
			'Twilio sandbox: add two participants to a conference, list them',
			'twilioConferenceApi',
			credential,
			[
				[
					'Add participant',
					N('twilioConference'),
					{
						resource: 'participant',
						operation: 'create',
						conferenceSid: { __rl: true, mode: 'id', value: 'demo-room' },
						from: '+14155550100',
						to: 'client:alice',
						additionalFields: { label: 'alice' },
					},
				],
				[
					'Add second',
					N('twilioConference'),
					{
						resource: 'participant',
						operation: 'create',
						conferenceSid: { __rl: true, mode: 'id', value: '={{ $json.conference_sid }}' },
						from: '+14155550100',
						to: '+14155550199',
						additionalFields: { label: 'bob' },
					},
				],
				[
					'List participants',
					N('twilioConference'),
					{
						resource: 'participant',
						operation: 'getAll',
						conferenceSid: { __rl: true, mode: 'id', value: '={{ $json.conference_sid }}' },
						returnAll: true,
						filters: {},
					},
				],
			],
		),
		{
			id: 'demoTwilioTrig01',
			name: 'Twilio sandbox: participant joined/left',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: 'trigger',
					name: 'Twilio Conference Trigger',
					type: N('twilioConferenceTrigger'),
					typeVersion: 1,
					position: at(0),
					webhookId: 'd3m0d3m0-0000-4000-8000-000000000002',
					parameters: { events: ['participant-join', 'participant-leave'] },
					credentials: { twilioConferenceApi: credential },
				},
			],
		},
		participantJoinedPost('twilio', credential, sandboxUrl),
		{
			...exampleWorkflow('twilio-attendance-from-events.json', { sandboxUrl, credential }),
			name: 'Twilio sandbox: attendance from join and leave events',
		},
	],
};
