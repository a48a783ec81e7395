import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlProperty } from './bearer';

const byAuthType = (authType: string) => ({ show: { authType: [authType] } });

export class TwilioConferenceApi implements ICredentialType {
	name = 'twilioConferenceApi';

	displayName = 'Twilio Conference API';

	icon = {
		light: 'file:../nodes/TwilioConference/twilio.svg',
		dark: 'file:../nodes/TwilioConference/twilio.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-video-meetings/n8n-nodes-video-meetings/blob/main/docs/twilio-conference.md#credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Account SID',
			name: 'accountSid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
			description:
				'The Account SID from the Twilio Console home page (AC followed by 32 hex characters)',
		},
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'Auth Token', value: 'authToken', description: 'Account SID and Auth Token' },
				{
					name: 'API Key',
					value: 'apiKey',
					description: 'An API key SID and secret (recommended by Twilio)',
				},
			],
			default: 'authToken',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: byAuthType('authToken'),
			description:
				'The Auth Token from the Twilio Console home page. It also verifies status callbacks in the Twilio Conference Trigger.',
		},
		{
			displayName: 'API Key SID',
			name: 'apiKeySid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
			displayOptions: byAuthType('apiKey'),
			description: 'The SID of a Standard API key (Console → Account → API keys & tokens)',
		},
		{
			displayName: 'API Key Secret',
			name: 'apiKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: byAuthType('apiKey'),
			description: 'The secret shown once when the API key was created',
		},
		{
			// Same parameter as above, optional here: Twilio signs callbacks with the Auth Token only.
			displayName: 'Auth Token (for the Trigger)',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: byAuthType('apiKey'),
			description:
				'Optional. Twilio signs status callbacks with the account Auth Token, never with an API key, so the Twilio Conference Trigger needs it to verify deliveries.',
		},
		baseUrlProperty('https://api.twilio.com'),
	];

	/** HTTP Basic with the pair the auth type selects; a function, as n8n re-evaluates expressions per request. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		options: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiKey = credentials.authType === 'apiKey';
		return {
			...options,
			auth: {
				username: String((apiKey ? credentials.apiKeySid : credentials.accountSid) ?? ''),
				password: String((apiKey ? credentials.apiKeySecret : credentials.authToken) ?? ''),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '=/2010-04-01/Accounts/{{$credentials.accountSid}}.json',
		},
	};
}
