import type { IDataObject, INodeType } from 'n8n-workflow';

import type { TriggerProvider } from '../kit/deliveries';
import { SECRET, TRIGGERS as SIGNERS } from '../kit/deliveries';
import type { NodeSetup, WebhookCall } from '../kit/harness';
import { ACCOUNT } from '../TwilioConference/fixtures';

/**
 * Every trigger with its credential, one selected event, and how to deliver an event authentically:
 * `deliver(fields)` signs a delivery of one event of the selected type carrying `fields`.
 */
export interface TriggerCase {
	name: string;
	node: INodeType;
	setup(options?: IDataObject): NodeSetup;
	/** A delivery of one selected event carrying `fields`, signed (or not) as the provider does */
	deliver(fields: IDataObject, signed?: boolean): WebhookCall;
	/** Signs arbitrary JSON bytes (JSON providers that sign in a header only) */
	signJson?(raw: string): WebhookCall;
}

/** The trigger of `provider` selecting `event`, whose deliveries carry `eventWith(fields)`. */
function triggerCase(
	name: string,
	provider: TriggerProvider,
	event: string,
	eventWith: (fields: IDataObject) => IDataObject,
): TriggerCase {
	const { node, credentials, request, signJson } = SIGNERS[provider];
	return {
		name,
		node,
		setup: (options = {}) => ({ credentials, parameters: { events: [event], options } }),
		deliver: (fields, signed = true) => request(eventWith(fields), signed ? SECRET : undefined),
		...(signJson ? { signJson: (raw: string) => signJson(raw, SECRET) } : {}),
	};
}

export const TRIGGERS: TriggerCase[] = [
	triggerCase('Whereby', 'whereby', 'room.client.joined', (fields) => ({
		type: 'room.client.joined',
		data: { roomName: '/r' },
		...fields,
	})),
	triggerCase('Pagecall', 'pagecall', 'sessionJoined', (fields) => ({
		action: 'sessionJoined',
		payload: { roomId: 'r1', ...fields },
	})),
	triggerCase('videochamada.com.br', 'videochamada', 'participant.joined', (fields) => ({
		event: 'participant.joined',
		call: { id: '1' },
		...fields,
	})),
	triggerCase('VecTalk', 'vecTalk', 'terminate', (fields) => ({
		object: 'whatsapp_business_account',
		entry: [
			{
				id: 'w1',
				changes: [
					{ field: 'calls', value: { calls: [{ id: 'c1', event: 'terminate', ...fields }] } },
				],
			},
		],
	})),
	// Twilio posts form fields: text, an object as its JSON.
	triggerCase('Twilio', 'twilioConference', 'participant-join', (fields) => ({
		AccountSid: ACCOUNT,
		StatusCallbackEvent: 'participant-join',
		...Object.fromEntries(
			Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
		),
	})),
];
