import type { IDataObject, INodeType } from 'n8n-workflow';

import { PagecallApi } from '../../credentials/PagecallApi.credentials';
import { TwilioConferenceApi } from '../../credentials/TwilioConferenceApi.credentials';
import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { WherebyApi } from '../../credentials/WherebyApi.credentials';
import { Pagecall } from '../../nodes/Pagecall/Pagecall.node';
import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { VecTalk } from '../../nodes/VecTalk/VecTalk.node';
import { Videochamada } from '../../nodes/Videochamada/Videochamada.node';
import { Whereby } from '../../nodes/Whereby/Whereby.node';
import type { TestCredential } from '../kit/harness';

const ACCOUNT = `AC${'a1'.repeat(16)}`;
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** Every action node with a credential full of secrets, and one operation whose ID goes into the path. */
export interface ProviderCase {
	name: string;
	node: INodeType;
	/** The credential against `baseUrl`; every value in `secrets` is a secret of it */
	credentials(baseUrl: string): Record<string, TestCredential>;
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
		credentials: (baseUrl) => ({
			wherebyApi: {
				type: new WherebyApi(),
				data: {
					apiKey: secret('whereby', 'key'),
					webhookSecret: secret('whereby', 'hook'),
					baseUrl,
				},
			},
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
		credentials: (baseUrl) => ({
			twilioConferenceApi: {
				type: new TwilioConferenceApi(),
				data: {
					accountSid: ACCOUNT,
					authType: 'authToken',
					authToken: secret('twilio', 'auth'),
					baseUrl,
				},
			},
		}),
		basePath: `/2010-04-01/Accounts/${ACCOUNT}`,
		byId: {
			parameters: (id) => ({ resource: 'conference', operation: 'get', conferenceSid: rl(id) }),
			field: 'Conference',
			method: 'GET',
			validId: `CF${'c3'.repeat(16)}`,
		},
	},
	{
		name: 'Pagecall',
		node: new Pagecall(),
		secrets: [secret('pagecall', 'token'), secret('pagecall', 'hook')],
		credentials: (baseUrl) => ({
			pagecallApi: {
				type: new PagecallApi(),
				data: {
					apiToken: secret('pagecall', 'token'),
					webhookSecret: secret('pagecall', 'hook'),
					baseUrl,
				},
			},
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
		credentials: (baseUrl) => ({
			videochamadaApi: {
				type: new VideochamadaApi(),
				data: { apiToken: secret('vc', 'token'), webhookSecret: secret('vc', 'hook'), baseUrl },
			},
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
		credentials: (baseUrl) => ({
			vecTalkApi: {
				type: new VecTalkApi(),
				data: {
					apiToken: secret('vectalk', 'token'),
					webhookSecret: secret('vectalk', 'hook'),
					verifyToken: secret('vectalk', 'verify'),
					baseUrl,
				},
			},
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
