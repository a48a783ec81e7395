// The workflows the bench runs in n8n (see bench/run.mjs). Every action workflow is
// Manual Trigger → Set (the input rows) → Split Out (one item per row) → the node under test.
import { chainWorkflow, nodeType, probedTriggerWorkflow } from '../e2e/lib/suite.mjs';

export const WHEREBY_CRED = { id: 'benchWherebyCred', name: 'Whereby sandbox', type: 'wherebyApi' };
export const WHEREBY_KEY = 'whereby-sandbox-key';
export const WHEREBY_SECRET = 'whereby-sandbox-webhook-secret';
export const TRIGGER_WEBHOOK_ID = 'be0c0000-0000-4000-8000-000000000001';
export const PLAIN_WEBHOOK_PATH = 'bench-plain-webhook';

const END_DATE = "={{ $now.plus(1, 'hour').toISO() }}";

/** Set + Split Out producing `count` items `{ row: k }` (a literal: no expression cost). */
function inputRows(count) {
	const rows = Array.from({ length: count }, (_, row) => ({ row }));
	return [
		{
			name: 'Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }) },
		},
		{ name: 'Items', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows' } },
	];
}

/** Our Whereby node creating one meeting per item with `concurrency` requests in flight. */
export const wherebyCreate = (id, count, concurrency) =>
	chainWorkflow(id, [
		...inputRows(count),
		{
			name: 'Whereby',
			type: nodeType('whereby'),
			parameters: {
				resource: 'meeting',
				operation: 'create',
				endDate: END_DATE,
				additionalFields: {},
				requestOptions: { concurrency },
			},
			credentials: { wherebyApi: { id: WHEREBY_CRED.id, name: WHEREBY_CRED.name } },
		},
	]);

/** n8n's HTTP Request node with its default settings, sending the same POST per item. */
export const httpRequestCreate = (id, count, baseUrl) =>
	chainWorkflow(id, [
		...inputRows(count),
		{
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${baseUrl}/meetings`,
				sendHeaders: true,
				headerParameters: {
					parameters: [{ name: 'Authorization', value: `Bearer ${WHEREBY_KEY}` }],
				},
				sendBody: true,
				specifyBody: 'json',
				jsonBody: "={{ JSON.stringify({ endDate: $now.plus(1, 'hour').toISO() }) }}",
				options: {},
			},
		},
	]);

/** A trigger workflow whose runs POST their item to the sandbox probe `/_probe/<probe>`. */
const probed = (id, trigger, sandboxUrl, probe) =>
	probedTriggerWorkflow({ id, name: id, sandboxUrl, probe, trigger });

export const wherebyTriggerWorkflow = (id, sandboxUrl) =>
	probed(
		id,
		{
			name: 'Whereby Trigger',
			type: nodeType('wherebyTrigger'),
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: { events: ['room.client.joined', 'room.client.left'], options: {} },
			credentials: { wherebyApi: { id: WHEREBY_CRED.id, name: WHEREBY_CRED.name } },
		},
		sandboxUrl,
		'whereby-trigger',
	);

export const plainWebhookWorkflow = (id, sandboxUrl) =>
	probed(
		id,
		{
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: 'be0c0000-0000-4000-8000-000000000002',
			parameters: {
				httpMethod: 'POST',
				path: PLAIN_WEBHOOK_PATH,
				responseMode: 'onReceived',
				options: {},
			},
		},
		sandboxUrl,
		'plain-webhook',
	);
