import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { HIDDEN, scrubError as hideSecretsInError } from '../shared/secrets';

/** The header that carries the credential's webhook secret to the Pagecall Trigger. */
export const SECRET_HEADER = 'X-Webhook-Secret';

/** The credential's webhook secret ('' when none is set). */
export async function webhookSecret(ctx: IExecuteFunctions): Promise<string> {
	const credentials = await ctx.getCredentials('pagecallApi');
	return String(credentials.webhookSecret ?? '');
}

/** The user's webhook headers plus the secret header; the secret wins over a header of the same name. */
export function webhookHeaders(
	userHeaders: Record<string, string>,
	secret: string,
): Record<string, string> {
	if (!secret) return { ...userHeaders };
	const others = Object.entries(userHeaders).filter(
		([name]) => name.toLowerCase() !== SECRET_HEADER.toLowerCase(),
	);
	return { ...Object.fromEntries(others), [SECRET_HEADER]: secret };
}

/**
 * A copy of a Pagecall answer without the secret: the secret header is dropped wherever it
 * appears (Pagecall may echo a room's webhook headers), and any other value equal to it is hidden.
 */
export function withoutSecret<T>(value: T, secret: string, depth = 0): T {
	if (typeof value === 'string') return (secret && value === secret ? HIDDEN : value) as T;
	if (!value || typeof value !== 'object' || depth > 20) return value;
	if (Array.isArray(value)) return value.map((v) => withoutSecret(v, secret, depth + 1)) as T;
	const entries = Object.entries(value as IDataObject)
		.filter(([key]) => key.toLowerCase() !== SECRET_HEADER.toLowerCase())
		.map(([key, v]) => [key, withoutSecret(v, secret, depth + 1)]);
	return Object.fromEntries(entries) as T;
}

/** Removes the secret (raw or HTML-escaped) from an error about a request that carried it. */
export function scrubError(error: unknown, secret: string): unknown {
	return hideSecretsInError(error, secret ? [secret] : []);
}
