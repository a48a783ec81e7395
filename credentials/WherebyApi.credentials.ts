import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { baseUrlProperty, bearerAuth, webhookSecretProperty } from './bearer';

export class WherebyApi implements ICredentialType {
	name = 'wherebyApi';

	displayName = 'Whereby API';

	icon = {
		light: 'file:../nodes/Whereby/whereby.svg',
		dark: 'file:../nodes/Whereby/whereby.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-video-meetings/n8n-nodes-video-meetings/blob/main/docs/whereby.md#credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key from the "Configure" section of the Whereby Embedded dashboard',
		},
		webhookSecretProperty(
			'The signing secret shown when you create the webhook in the Whereby Embedded dashboard. Needed by the Whereby Trigger.',
		),
		baseUrlProperty('https://api.whereby.dev/v1'),
	];

	authenticate = bearerAuth('apiKey');

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/meetings', qs: { limit: 1 } },
	};
}
