import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { ApplicationError, NodeOperationError } from 'n8n-workflow';

import { addSecrets, credentialSecrets, scrubError, secretsOf } from '../secrets';
import { isDotSegment } from '../validation';

import type { ProviderErrorInfo } from './errors';
import { genericErrorInfo, networkError, networkErrorCode, providerError } from './errors';
import type { Clock, RetryPolicy } from './retry';
import {
	backoffMs,
	DEFAULT_RETRY,
	DEFAULT_TIMEOUT_MS,
	isIdempotent,
	isRetryableStatus,
	parseRetryAfter,
	RateGate,
	systemClock,
} from './retry';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export type ApiContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** How one provider's API is reached; everything else is shared. */
export interface ProviderProfile {
	/** Provider name shown in errors, e.g. "Whereby" */
	name: string;
	credentialType: string;
	/** Base of every relative path; default: the credential's `baseUrl` */
	baseUrl?: (credentials: ICredentialDataDecryptedObject) => string;
	/** `form` sends object bodies as application/x-www-form-urlencoded (Twilio) */
	bodyFormat?: 'json' | 'form';
	parseError?: (body: unknown) => ProviderErrorInfo;
	/** Hints by HTTP status, replacing the generic ones */
	hints?: Partial<Record<number, string>>;
	retry?: Partial<RetryPolicy>;
	/** The credential's secret fields (see passwordFields), hidden wherever a provider quotes them back */
	secretFields?: string[];
	/** Time for retries and the rate gate (tests) */
	clock?: Clock;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL (build it with `apiPath`), or an absolute URL on the same origin */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | string | Buffer;
	headers?: Record<string, string>;
	/** What a 404 refers to, e.g. `meeting "123"` */
	subject?: string;
	/** Hints by HTTP status for this request, over the provider's */
	hints?: Partial<Record<number, string>>;
}

export interface ApiResponse<T = unknown> {
	statusCode: number;
	headers: IDataObject;
	body: T;
}

/**
 * Builds a path whose interpolated parts are percent-encoded: apiPath`/meetings/${id}`. An empty,
 * "." or ".." part would address another endpoint and is refused (the fields check this first).
 */
export function apiPath(strings: TemplateStringsArray, ...parts: Array<string | number>): string {
	if (parts.some((part) => isDotSegment(String(part)))) {
		throw new ApplicationError('An ID in the request path is empty, "." or ".."; nothing was sent');
	}
	return strings.reduce(
		(path, chunk, i) =>
			path + chunk + (i < parts.length ? encodeURIComponent(String(parts[i])) : ''),
		'',
	);
}

/** Form encoding as Twilio expects it: booleans as "true"/"false", arrays as repeated keys. */
export function formEncode(body: IDataObject): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null || value === '') continue;
		for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
	}
	return params.toString();
}

interface RunState {
	base: string;
	gate: RateGate;
	/** Decrypted once per node run instead of once per request */
	credentials: ICredentialsDecrypted;
	/** How long one request may wait for its answer */
	timeoutMs: number;
}

/** One client per provider; per node run it shares the base URL lookup and the rate-limit pause. */
export class ApiClient {
	private readonly runs = new WeakMap<object, Promise<RunState>>();
	private readonly retry: RetryPolicy;

	private readonly clock: Clock;

	constructor(readonly profile: ProviderProfile) {
		this.retry = { ...DEFAULT_RETRY, ...profile.retry };
		this.clock = profile.clock ?? systemClock;
	}

	/** Sends a request and returns the parsed body of a successful answer. */
	async request<T = IDataObject>(ctx: ApiContext, itemIndex: number, req: ApiRequest): Promise<T> {
		return (await this.send<T>(ctx, itemIndex, req)).body;
	}

	/** Sends a request with retries; a failure becomes a NodeApiError naming the item. */
	async send<T = unknown>(
		ctx: ApiContext,
		itemIndex: number,
		req: ApiRequest,
	): Promise<ApiResponse<T>> {
		const run = await this.runState(ctx);
		let options = this.httpOptions(ctx, run, req, itemIndex);
		const started = this.clock.now();
		/** Whether a retry after `delay` still starts within the item's time budget */
		const inBudget = (delay: number) => this.clock.now() + delay - started <= this.retry.maxTotalMs;
		let redirects = 0;
		let retries = 0;
		let rateLimitRetries = 0;
		for (;;) {
			const start = await run.gate.wait();
			let response: ApiResponse<T>;
			try {
				response = (await ctx.helpers.httpRequestWithAuthentication.call(
					ctx,
					this.profile.credentialType,
					{ ...options },
					{ credentialsDecrypted: run.credentials },
				)) as ApiResponse<T>;
			} catch (error) {
				const delay = backoffMs(retries, this.retry);
				const retryable =
					networkErrorCode(error) !== undefined && isIdempotent(options.method ?? req.method);
				if (!retryable || retries >= this.retry.maxRetries || !inBudget(delay)) {
					throw scrubError(
						networkError(
							ctx.getNode(),
							this.profile.name,
							error as Error,
							itemIndex,
							options.timeout,
						),
						secretsOf(ctx),
					);
				}
				retries++;
				await this.clock.sleep(delay);
				continue;
			}
			this.respectQuota(run.gate, response.headers);
			const { statusCode } = response;
			if (REDIRECTS.has(statusCode) && typeof response.headers?.location === 'string') {
				if (++redirects > MAX_REDIRECTS) {
					throw new NodeOperationError(
						ctx.getNode(),
						`${this.profile.name} redirected more than ${MAX_REDIRECTS} times; stopped`,
						{
							itemIndex,
						},
					);
				}
				options = this.redirected(ctx, options, statusCode, response.headers.location, itemIndex);
				continue;
			}
			if (statusCode < 300) return response;
			const delay = this.retryDelay(
				response,
				options.method ?? req.method,
				retries,
				rateLimitRetries,
			);
			if (delay === undefined || !inBudget(delay))
				throw this.failure(ctx, itemIndex, req, response);
			if (statusCode === 429) {
				rateLimitRetries++;
				run.gate.limited(delay, start);
			} else {
				retries++;
				await this.clock.sleep(delay);
			}
		}
	}

	private runState(ctx: ApiContext): Promise<RunState> {
		let state = this.runs.get(ctx);
		if (!state) {
			const type = this.profile.credentialType;
			state = ctx.getCredentials(type).then((data) => {
				addSecrets(ctx, credentialSecrets(data, this.profile.secretFields ?? []));
				return {
					base: (this.profile.baseUrl?.(data) ?? String(data.baseUrl ?? '')).replace(/\/+$/, ''),
					gate: new RateGate(this.clock),
					credentials: { id: '', name: type, type, data },
					timeoutMs: readTimeout(ctx),
				};
			});
			this.runs.set(ctx, state);
		}
		return state;
	}

	private httpOptions(
		ctx: ApiContext,
		run: RunState,
		req: ApiRequest,
		itemIndex: number,
	): IHttpRequestOptions {
		const headers: Record<string, string> = { ...req.headers };
		let body = req.body;
		if (
			this.profile.bodyFormat === 'form' &&
			body &&
			typeof body === 'object' &&
			!Buffer.isBuffer(body)
		) {
			body = formEncode(body as IDataObject);
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		return {
			method: req.method,
			url: this.resolveUrl(ctx, run.base, req.path, itemIndex),
			timeout: run.timeoutMs,
			qs: req.qs,
			body,
			headers,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// n8n would follow a redirect to any host with the Authorization header: follow them here.
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
		};
	}

	/** The request a redirect asks for, on the same origin only; 303 (and 301/302 after a POST) become a GET. */
	private redirected(
		ctx: ApiContext,
		options: IHttpRequestOptions,
		status: number,
		location: string,
		itemIndex: number,
	): IHttpRequestOptions {
		const from = new URL(options.url);
		const to = new URL(location, from);
		if (to.origin !== from.origin) {
			throw new NodeOperationError(
				ctx.getNode(),
				`${this.profile.name} redirected to another server (${to.origin}); refusing to send the credential there`,
				{
					itemIndex,
					description:
						'Only the origin of the Base URL in the credential receives the credential. Nothing was sent to the other server.',
				},
			);
		}
		const asGet =
			status === 303 || ((status === 301 || status === 302) && options.method === 'POST');
		return asGet
			? { ...options, url: to.href, qs: undefined, method: 'GET', body: undefined }
			: { ...options, url: to.href, qs: undefined };
	}

	/** Joins a path to the base URL; an absolute URL is only followed on the base URL's origin. */
	resolveUrl(ctx: ApiContext, base: string, path: string, itemIndex: number): string {
		if (!/^[a-z][a-z0-9+.-]*:/i.test(path))
			return base + (path.startsWith('/') ? path : `/${path}`);
		if (new URL(path).origin !== new URL(base).origin) {
			throw new NodeOperationError(
				ctx.getNode(),
				`${this.profile.name} pointed to another server (${new URL(path).origin}); refusing to send the credential there`,
				{ itemIndex, description: 'Only URLs on the Base URL of the credential are followed.' },
			);
		}
		return path;
	}

	/** Waits before the next request when the provider reports a spent quota (X-RateLimit-*). */
	private respectQuota(gate: RateGate, headers: IDataObject) {
		if (String(headers?.['x-ratelimit-remaining'] ?? '') !== '0') return;
		const reset = parseResetHeader(headers['x-ratelimit-reset']);
		if (reset !== undefined) gate.pauseFor(Math.min(reset, this.retry.maxRetryAfterMs));
	}

	private retryDelay(
		response: ApiResponse,
		method: IHttpRequestMethods,
		retries: number,
		rateLimitRetries: number,
	): number | undefined {
		const { statusCode } = response;
		if (!isRetryableStatus(statusCode, method)) return undefined;
		const limit = statusCode === 429 ? this.retry.maxRateLimitRetries : this.retry.maxRetries;
		const attempt = statusCode === 429 ? rateLimitRetries : retries;
		if (attempt >= limit) return undefined;
		const asked = parseRetryAfter(response.headers?.['retry-after']);
		if (asked !== undefined) return asked <= this.retry.maxRetryAfterMs ? asked : undefined;
		return backoffMs(attempt, this.retry);
	}

	private failure(ctx: ApiContext, itemIndex: number, req: ApiRequest, response: ApiResponse) {
		const info = this.profile.parseError?.(response.body) ?? {};
		const error = providerError(ctx.getNode(), {
			provider: this.profile.name,
			status: response.statusCode,
			info: { ...info, message: info.message ?? genericErrorInfo(response.body).message },
			itemIndex,
			subject: req.subject,
			hints: { ...this.profile.hints, ...req.hints },
		});
		return scrubError(error, secretsOf(ctx));
	}
}

/** The Timeout of the node's Request Options (action nodes; list searches see the same parameters). */
function readTimeout(ctx: ApiContext): number {
	let value: unknown;
	try {
		value =
			'getInputData' in ctx
				? ctx.getNodeParameter('requestOptions.timeout', 0, DEFAULT_TIMEOUT_MS)
				: (ctx as ILoadOptionsFunctions).getNodeParameter(
						'requestOptions.timeout',
						DEFAULT_TIMEOUT_MS,
					);
	} catch {
		value = undefined;
	}
	const ms = Number(value);
	return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
}

/** X-RateLimit-Reset as milliseconds from now: an HTTP date, epoch seconds or seconds to wait. */
function parseResetHeader(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+$/.test(text)) {
		const n = Number(text);
		return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
	}
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
