// Example workflows imported by `npm run demo` (= npm start -- --sandbox), one entry per provider.
// Each function gets `{ credential: { id, name } }` (the sandbox credential already imported) and
// returns workflows with fixed 16-character ids. Add your provider here when its node lands.

const N = (name) => `n8n-nodes-video-meetings.${name}`;
const at = (i) => [240 * i, 0];
const manual = { id: 'manual', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: at(0), parameters: {} };

/** Manual Trigger → node 1 → node 2 …; `nodes` are `[name, type, parameters]`. */
function chain(id, name, credentialKey, credential, nodes) {
	const all = [manual, ...nodes.map(([n, type, parameters], i) => ({ id: `node${i}`, name: n, type, typeVersion: 1, position: at(i + 1), parameters, credentials: { [credentialKey]: credential } }))];
	const connections = Object.fromEntries(all.slice(0, -1).map((n, i) => [n.name, { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] }]));
	return { id, name, nodes: all, connections, active: false, settings: { executionOrder: 'v1' } };
}

export const demoWorkflows = {
	whereby: ({ credential }) => [
		chain('demoWherebyMeet1', 'Whereby sandbox: create a meeting, list recordings', 'wherebyApi', credential, [
			['Create meeting', N('whereby'), { resource: 'meeting', operation: 'create', endDate: "={{ $now.plus(1, 'hour').toISO() }}", additionalFields: { fields: ['hostRoomUrl'] } }],
			['List recordings', N('whereby'), { resource: 'recording', operation: 'getAll', returnAll: true, filters: {} }],
		]),
		chain('demoWherebyMore1', 'Whereby sandbox: transcribe, summarize, insights, branding', 'wherebyApi', credential, [
			['Transcribe recording', N('whereby'), { resource: 'transcription', operation: 'create', recordingId: { __rl: true, mode: 'id', value: 'rec-1' } }],
			['Summarize', N('whereby'), { resource: 'summary', operation: 'create', transcriptionId: { __rl: true, mode: 'id', value: 'tr-1' }, template: 'General Bulleted' }],
			['Brand colours', N('whereby'), { resource: 'room', operation: 'setColors', roomName: '/team-standup', primary: '#1a73e8', secondary: '#ffffff', focus: '#0b57d0' }],
			['Room usage', N('whereby'), { resource: 'insight', operation: 'getRooms', returnAll: true, filters: { sortBy: 'totalSessions:desc' } }],
		]),
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
	],
};
