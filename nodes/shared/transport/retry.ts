import type { IHttpRequestMethods } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface RetryPolicy {
	/** Retries after 5xx answers or network failures (idempotent requests only) */
	maxRetries: number;
	/** Retries after 429 answers (the provider did not process the request, so any method) */
	maxRateLimitRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** A Retry-After longer than this fails the item instead of stalling the workflow */
	maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxRetries: 4,
	maxRateLimitRetries: 12,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRetryAfterMs: 120_000,
};

const IDEMPOTENT: IHttpRequestMethods[] = ['GET', 'HEAD', 'PUT', 'DELETE'];
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

export function isIdempotent(method: IHttpRequestMethods): boolean {
	return IDEMPOTENT.includes(method);
}

/** Whether an answer with this status may be retried for this method. */
export function isRetryableStatus(status: number, method: IHttpRequestMethods): boolean {
	if (status === 429) return true;
	// A POST answered 5xx may have been processed: never send it twice.
	return RETRYABLE_5XX.has(status) && isIdempotent(method);
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if any. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (typeof text !== 'string' && typeof text !== 'number') return undefined;
	const trimmed = String(text).trim();
	if (trimmed === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter for the n-th retry (0-based). */
export function backoffMs(retry: number, policy: RetryPolicy): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/**
 * A pause shared by every request of one node run: when the provider says "slow down",
 * all requests in flight wait, instead of each one hammering on its own.
 */
export class RateGate {
	private openAt = 0;

	pauseFor(ms: number) {
		this.openAt = Math.max(this.openAt, Date.now() + ms);
	}

	async wait() {
		for (let delay = this.openAt - Date.now(); delay > 0; delay = this.openAt - Date.now()) {
			await sleep(delay);
		}
	}
}
