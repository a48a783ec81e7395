import type { IDataObject, INodeType } from 'n8n-workflow';

import { Pagecall } from '../../nodes/Pagecall/Pagecall.node';
import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { VecTalk } from '../../nodes/VecTalk/VecTalk.node';
import { Videochamada } from '../../nodes/Videochamada/Videochamada.node';
import { Whereby } from '../../nodes/Whereby/Whereby.node';
import type { Credentials } from '../kit/mockApi';
import { pagecallCredentials } from '../Pagecall/fixtures';
import { CF, ROOT, twilioCredentials } from '../TwilioConference/fixtures';
import { vecTalkCredentials } from '../VecTalk/fixtures';
import { videochamadaCredentials } from '../Videochamada/fixtures';
import { wherebyCredentials } from '../Whereby/fixtures';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** Every action node with a credential full of secrets, and one operation whose ID goes into the path. */
export interface ProviderCase {
	name: string;
	node: INodeType;
	/** The credential against `baseUrl`; every value in `secrets` is a secret of it */
	credentials(baseUrl: string): Credentials;
	secrets: string[];
	/** Path prefix the node's base URL adds */
	basePath: string;
	/** An operation that sends the ID field (in the path, VecTalk: in the body): its parameters for an ID, and the field */
	byId: { parameters(id: string): IDataObject; field: string; method: string; validId: string };
}

const secret = (provider: string, what: string) => `${provider}-${what}-s3cr3t-value`;

export const PROVIDERS: ProviderCase[] = [
	{
		name: 'Whereby',
		node: new Whereby(),
		secrets: [secret('whereby', 'key'), secret('whereby', 'hook')],
		credentials: (baseUrl) =>
			wherebyCredentials(baseUrl, {
				apiKey: secret('whereby', 'key'),
				webhookSecret: secret('whereby', 'hook'),
			}),
		basePath: '',
		byId: {
			parameters: (id) => ({ resource: 'meeting', operation: 'get', meetingId: rl(id) }),
			field: 'Meeting ID',
			method: 'GET',
			validId: 'abc',
		},
	},
	{
		name: 'Twilio',
		node: new TwilioConference(),
		secrets: [secret('twilio', 'auth')],
		credentials: (baseUrl) => twilioCredentials(baseUrl, { authToken: secret('twilio', 'auth') }),
		basePath: ROOT,
		byId: {
			parameters: (id) => ({ resource: 'conference', operation: 'get', conferenceSid: rl(id) }),
			field: 'Conference',
			method: 'GET',
			validId: CF,
		},
	},
	{
		name: 'Pagecall',
		node: new Pagecall(),
		secrets: [secret('pagecall', 'token'), secret('pagecall', 'hook')],
		credentials: (baseUrl) =>
			pagecallCredentials(baseUrl, {
				apiToken: secret('pagecall', 'token'),
				webhookSecret: secret('pagecall', 'hook'),
			}),
		basePath: '',
		byId: {
			parameters: (id) => ({ resource: 'room', operation: 'get', roomId: rl(id) }),
			field: 'Room',
			method: 'GET',
			validId: 'abc',
		},
	},
	{
		name: 'videochamada.com.br',
		node: new Videochamada(),
		secrets: [secret('vc', 'token'), secret('vc', 'hook')],
		credentials: (baseUrl) =>
			videochamadaCredentials(baseUrl, {
				apiToken: secret('vc', 'token'),
				webhookSecret: secret('vc', 'hook'),
			}),
		basePath: '',
		byId: {
			parameters: (id) => ({ resource: 'call', operation: 'get', callId: id }),
			field: 'Call ID',
			method: 'GET',
			validId: 'abc',
		},
	},
	{
		name: 'VecTalk',
		node: new VecTalk(),
		secrets: [secret('vectalk', 'token'), secret('vectalk', 'hook'), secret('vectalk', 'verify')],
		credentials: (baseUrl) =>
			vecTalkCredentials(baseUrl, {
				apiToken: secret('vectalk', 'token'),
				webhookSecret: secret('vectalk', 'hook'),
				verifyToken: secret('vectalk', 'verify'),
			}),
		basePath: '',
		byId: {
			parameters: (id) => ({ resource: 'call', operation: 'terminate', callId: id }),
			field: 'Call ID',
			method: 'POST',
			validId: 'abc',
		},
	},
];
