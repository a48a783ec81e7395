import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { apiTokenProperty, baseUrlProperty, bearerAuth, webhookSecretProperty } from './bearer';

const today = '={{ $today.toFormat("yyyy-MM-dd") }}';

export class VideochamadaApi implements ICredentialType {
	name = 'videochamadaApi';

	displayName = 'Videochamada.com.br API';

	icon = {
		light: 'file:../nodes/Videochamada/videochamada.svg',
		dark: 'file:../nodes/Videochamada/videochamada.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-video-meetings/n8n-nodes-video-meetings/blob/main/docs/videochamada.md#credential';

	properties: INodeProperties[] = [
		apiTokenProperty(
			'The API token of the project, from the videochamada.com.br dashboard. If the token has an IP allow-list, the IP of this n8n instance must be on it.',
		),
		webhookSecretProperty(
			'The secret of the webhook created in the videochamada.com.br dashboard (Webhooks → New Webhook). The provider sends it in the "secret" field of every delivery. Needed by the Videochamada.com.br Trigger.',
		),
		baseUrlProperty('https://api.videochamada.com.br'),
	];

	authenticate = bearerAuth('apiToken');

	// The cheapest authenticated read: today's calls, one per page.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/calls',
			qs: { startDate: today, endDate: today, page: 1, limit: 1 },
		},
	};
}
