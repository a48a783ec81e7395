import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/**
 * `Authorization: Bearer <token>` from the named credential property. A function rather than a
 * generic `=Bearer {{$credentials…}}` block: n8n compiles and evaluates that expression again for
 * every request, which costs more than the request itself at volume.
 */
export function bearerAuth(
	tokenProperty: string,
): (
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions> {
	return async (credentials, options) => ({
		...options,
		headers: {
			...options.headers,
			Authorization: `Bearer ${String(credentials[tokenProperty] ?? '')}`,
		},
	});
}

/** The `baseUrl` property every credential has, so that sandboxes and regional endpoints work. */
export function baseUrlProperty(defaultUrl: string): INodeProperties {
	return {
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: defaultUrl,
		required: true,
		description: `API root without a trailing slash. Keep ${defaultUrl} unless you use a proxy or a test server.`,
	};
}

/** The required `apiToken` (password) of the bearer-token providers. */
export function apiTokenProperty(description: string): INodeProperties {
	return {
		displayName: 'API Token',
		name: 'apiToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description,
	};
}

/** An optional secret shared with the provider's webhook settings, checked by the trigger. */
export function webhookSecretProperty(description: string): INodeProperties {
	return {
		displayName: 'Webhook Secret',
		name: 'webhookSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description,
	};
}
