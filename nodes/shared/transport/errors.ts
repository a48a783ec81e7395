import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** What a provider's error body says, in the provider's own words. */
export interface ProviderErrorInfo {
	message?: string;
	code?: string | number;
	link?: string;
	/** A hint for this particular error, replacing the hint for its HTTP status */
	hint?: string;
}

/** Escapes provider text so that it can never be rendered as markup in the n8n UI. */
export function escapeText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Best-effort message of an error body whose shape a provider does not document. */
export function genericErrorInfo(body: unknown): ProviderErrorInfo {
	if (typeof body === 'string') return { message: body.slice(0, 500) || undefined };
	if (!body || typeof body !== 'object') return {};
	const record = body as Record<string, unknown>;
	for (const key of ['message', 'error_description', 'error', 'detail', 'title']) {
		const value = record[key];
		if (typeof value === 'string' && value) return { message: value };
		if (value && typeof value === 'object') {
			const nested = genericErrorInfo(value);
			if (nested.message) return nested;
		}
	}
	return {};
}

const DEFAULT_HINTS: Record<number, string> = {
	400: 'The provider rejected the request. Check the values of the fields named in the message.',
	401: 'Check the API token (or key) in the credential: it is missing, wrong, revoked or expired.',
	403: 'The credential is valid but not allowed to do this. Check the plan, the token permissions and any IP allow-list.',
	404: 'Nothing exists under this ID. Check the ID field, and that it belongs to the account of this credential.',
	409: 'The resource is in a state that does not allow this change.',
	422: 'The provider could not process the values sent. Check the fields named in the message.',
	429: 'The provider rate limit was still exceeded after retrying. Lower "Items Processed in Parallel" (Request Options) or spread the work over time.',
};

export interface ApiErrorContext {
	provider: string;
	status: number;
	info: ProviderErrorInfo;
	itemIndex?: number;
	/** Names the thing a 404 refers to, e.g. `meeting "123"` */
	subject?: string;
	hints?: Partial<Record<number, string>>;
}

/** Turns a provider failure into the NodeApiError the user sees: provider message, status, a hint. */
export function providerError(node: INode, ctx: ApiErrorContext): NodeApiError {
	const providerText = ctx.info.message ? escapeText(ctx.info.message) : 'no message';
	const code = ctx.info.code !== undefined ? ` (code ${escapeText(String(ctx.info.code))})` : '';
	let hint =
		ctx.info.hint ??
		ctx.hints?.[ctx.status] ??
		DEFAULT_HINTS[ctx.status] ??
		defaultHint(ctx.status);
	if (ctx.status === 404 && ctx.subject) hint = `No ${ctx.subject} was found. ${hint}`;
	if (ctx.info.link) hint += ` More: ${escapeText(ctx.info.link)}`;
	return new NodeApiError(
		node,
		{ message: providerText, code: ctx.info.code ?? null, status: ctx.status } as JsonObject,
		{
			message: `${ctx.provider} returned ${ctx.status}${code}: ${providerText}`,
			description: hint,
			httpCode: String(ctx.status),
			itemIndex: ctx.itemIndex,
		},
	);
}

function defaultHint(status: number): string {
	if (status >= 500)
		return 'The provider had a server error and retries did not help. Try again later.';
	return 'Check the values sent in this item.';
}

/** A failure before any answer arrived (connection refused, reset, timeout). */
export function networkError(
	node: INode,
	provider: string,
	error: Error,
	itemIndex?: number,
	timeoutMs?: number,
) {
	let code = networkErrorCode(error) ?? 'no answer';
	if ((code === 'ECONNABORTED' || code === 'ETIMEDOUT') && timeoutMs !== undefined) {
		code = `No answer within the Timeout of ${timeoutMs} ms (Request Options)`;
	}
	// The errno code stays out of the message: n8n would swap the message for a "retry" text.
	return new NodeApiError(node, { message: error.message } as JsonObject, {
		message: `Could not reach ${provider}`,
		description: `${code}. Check the Base URL in the credential and the network between n8n and ${provider}. A create request that may have reached ${provider} is not sent again: check whether it was created before running again.`,
		itemIndex,
	});
}

const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

type WrappedError = {
	code?: unknown;
	httpCode?: unknown;
	cause?: unknown;
	errorResponse?: unknown;
};

/**
 * The errno-style code of a failure without an HTTP answer, looking through wrapper errors
 * (n8n wraps it in a NodeApiError whose httpCode is the errno code).
 */
export function networkErrorCode(error: unknown): string | undefined {
	let current = error as WrappedError | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		for (const code of [current.code, current.httpCode]) {
			if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
		}
		current = (current.cause ?? current.errorResponse) as WrappedError | undefined;
	}
	return undefined;
}
