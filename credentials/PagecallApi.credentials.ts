import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { apiTokenProperty, baseUrlProperty, bearerAuth, webhookSecretProperty } from './bearer';

export class PagecallApi implements ICredentialType {
	name = 'pagecallApi';

	displayName = 'Pagecall API';

	icon = {
		light: 'file:../nodes/Pagecall/pagecall.svg',
		dark: 'file:../nodes/Pagecall/pagecall.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-video-meetings/n8n-nodes-video-meetings/blob/main/docs/pagecall.md#credential';

	properties: INodeProperties[] = [
		apiTokenProperty('The API token of your Pagecall application, from the Pagecall console'),
		webhookSecretProperty(
			'A random secret of your choice (for example 32+ random characters). The Pagecall node sends it as the X-Webhook-Secret header of the webhooks of the rooms it creates, and the Pagecall Trigger only accepts deliveries that carry it.',
		),
		baseUrlProperty('https://api.pagecall.com/v1'),
	];

	authenticate = bearerAuth('apiToken');

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/rooms', qs: { limit: 1 } },
	};
}
