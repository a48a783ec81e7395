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
	/** No retry starts later than this after the item's first attempt: a silent provider fails the item */
	maxTotalMs: number;
}

/** Time as the kernel sees it; tests inject a fake one instead of waiting. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

export const DEFAULT_RETRY: RetryPolicy = {
	maxRetries: 4,
	maxRateLimitRetries: 12,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRetryAfterMs: 120_000,
	maxTotalMs: 5 * 60_000,
};

/** How long a request waits for its answer unless the node's Request Options say otherwise */
export const DEFAULT_TIMEOUT_MS = 30_000;

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
 *
 * After a 429 it also paces: from then on requests start evenly spaced, no more within any
 * Retry-After period than the provider accepted in the period before the first 429, so that a node
 * with many items in flight does not run into the limit again each time the pause ends. A later
 * 429 lowers the pace by the requests it refused. Every eight periods without one raise it by a
 * tenth, to find a limit that was raised again; a refused raise is undone and tried half as often.
 */
export class RateGate {
	private openAt = 0;
	/** Once a 429 was seen: at most `budget` requests start within any `periodMs` */
	private budget?: number;
	private periodMs = 0;
	private calmSince = 0;
	/** Periods without a 429 before the pace is raised; doubled each time a raise was refused */
	private probeEvery = 8;
	private beforeRaise?: number;
	/** Start times of the latest requests, oldest first; `dropped` older ones were forgotten */
	private starts: number[] = [];
	private dropped = 0;
	/** While paused after 429s: the first refused request (its start number), the window asked for, how many */
	private refused?: { start: number; windowMs: number; count: number };

	constructor(private readonly clock: Clock = systemClock) {}

	pauseFor(ms: number) {
		this.openAt = Math.max(this.openAt, this.clock.now() + ms);
	}

	/** The request with start number `start` (what wait() returned) was answered 429. */
	limited(retryAfterMs: number, start = this.dropped + this.starts.length - 1) {
		const count = (this.refused?.count ?? 0) + 1;
		if (!this.refused || start < this.refused.start)
			this.refused = { start, windowMs: retryAfterMs, count };
		this.refused.count = count;
		// A small margin, so that a window counted by the provider has surely passed.
		this.periodMs = retryAfterMs + Math.max(20, retryAfterMs / 40);
		this.pauseFor(retryAfterMs);
	}

	/** Waits until a request may start; returns its start number. */
	async wait(): Promise<number> {
		for (;;) {
			const now = this.clock.now();
			// Paced only once the pause is over, when every 429 of the burst has been seen.
			const delay = this.openAt > now ? this.openAt - now : this.pace(now);
			if (delay <= 0) break;
			await this.clock.sleep(delay);
		}
		this.starts.push(this.clock.now());
		if (this.starts.length > 10_000) {
			this.starts.splice(0, 5_000);
			this.dropped += 5_000;
		}
		return this.dropped + this.starts.length - 1;
	}

	/** Milliseconds until fewer than `budget` requests started within the last period. */
	private pace(now: number): number {
		if (this.refused) {
			// First 429: learn the limit from what got through. After a raise: back to the pace
			// before it, and raise less often. Otherwise: step down by what was refused.
			const { start, windowMs, count } = this.refused;
			if (this.budget === undefined) this.budget = this.acceptedBefore(start, windowMs);
			else if (this.beforeRaise !== undefined) {
				this.budget = this.beforeRaise;
				this.probeEvery *= 2;
			} else this.budget = Math.max(1, this.budget - count);
			this.beforeRaise = undefined;
			this.refused = undefined;
			this.calmSince = now;
		} else if (
			this.budget !== undefined &&
			now - this.calmSince >= this.probeEvery * this.periodMs
		) {
			this.beforeRaise = this.budget;
			this.budget += Math.max(1, Math.round(this.budget / 10));
			this.calmSince = now;
		}
		if (this.budget === undefined) return 0;
		// Evenly spaced, and never more than `budget` within a period.
		const last = this.starts[this.starts.length - 1] ?? 0;
		const spaced = last + this.periodMs / this.budget - now;
		if (this.starts.length < this.budget) return spaced;
		return Math.max(spaced, this.starts[this.starts.length - this.budget] + this.periodMs - now);
	}

	/** How many requests the provider let through in the window before the first refused one. */
	private acceptedBefore(start: number, windowMs: number): number {
		const index = start - this.dropped;
		const refusedAt = this.starts[index] ?? this.clock.now();
		let accepted = 0;
		for (
			let i = Math.min(index, this.starts.length) - 1;
			i >= 0 && this.starts[i] >= refusedAt - windowMs;
			i--
		)
			accepted++;
		return Math.max(1, accepted);
	}
}
