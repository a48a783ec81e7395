import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { apiTokenProperty, baseUrlProperty, bearerAuth, webhookSecretProperty } from './bearer';

export class VecTalkApi implements ICredentialType {
	name = 'vecTalkApi';

	displayName = 'VecTalk API';

	icon = {
		light: 'file:../nodes/VecTalk/vectalk.svg',
		dark: 'file:../nodes/VecTalk/vectalk.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-video-meetings/n8n-nodes-video-meetings/blob/main/docs/vectalk.md#credential';

	properties: INodeProperties[] = [
		apiTokenProperty(
			'The instance token from the VecTalk panel. It belongs to one WhatsApp phone number: every request acts on that number.',
		),
		webhookSecretProperty(
			'The secret that signs the calls webhooks (X-Hub-Signature-256 header, HMAC-SHA256 of the body). Needed by the VecTalk Trigger.',
		),
		{
			displayName: 'Verify Token',
			name: 'verifyToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'A string you choose and also enter where the webhook URL is configured. The VecTalk Trigger answers the subscription check (hub.verify_token) only when it matches.',
		},
		baseUrlProperty('https://apis.vectalk.com.br'),
	];

	authenticate = bearerAuth('apiToken');

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/phone-numbers/settings' },
	};
}
