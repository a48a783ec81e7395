import { createHmac, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { unseenEvents } from './dedupe';
import { skipsVerification } from './triggerOptions';
import { isPlainObject } from './validation';

/** Hex or base64 HMAC of `data`. */
export function hmac(
	algorithm: 'sha1' | 'sha256',
	key: string | Buffer,
	data: string | Buffer,
	encoding: 'hex' | 'base64',
): string {
	return createHmac(algorithm, key).update(data).digest(encoding);
}

/** Constant-time string comparison; different lengths are unequal without leaking where. */
export function safeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	if (left.length !== right.length) {
		timingSafeEqual(left, left);
		return false;
	}
	return timingSafeEqual(left, right);
}

export interface SignatureCheck {
	/** The signature(s) that would be right for this delivery */
	expected: string | string[];
	/** What the sender sent */
	received: unknown;
	/** The delivery's own timestamp, in unix seconds, when the scheme signs one */
	timestamp?: number;
	toleranceSeconds?: number;
	/** Now in milliseconds (tests) */
	now?: number;
}

/**
 * True only for a present signature that equals an expected one (constant time) and, when a
 * timestamp is given, lies within the tolerance window. Never throws.
 */
export function verifySignature(check: SignatureCheck): boolean {
	try {
		if (typeof check.received !== 'string' || check.received === '') return false;
		const received = check.received;
		const expected = Array.isArray(check.expected) ? check.expected : [check.expected];
		const matches = expected.map((candidate) => safeEqual(candidate, received)).includes(true);
		if (!matches) return false;
		if (check.timestamp === undefined) return check.toleranceSeconds === undefined;
		if (!Number.isFinite(check.timestamp)) return false;
		const ageSeconds = Math.abs((check.now ?? Date.now()) / 1000 - check.timestamp);
		return ageSeconds <= (check.toleranceSeconds ?? 300);
	} catch {
		return false;
	}
}

/** The request body exactly as received (signatures are computed over these bytes). */
export function rawBody(ctx: IWebhookFunctions): Buffer {
	const req = ctx.getRequestObject() as { rawBody?: Buffer | string; body?: unknown };
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	if (typeof req.rawBody === 'string') return Buffer.from(req.rawBody, 'utf8');
	return Buffer.from(req.body === undefined ? '' : JSON.stringify(req.body), 'utf8');
}

/** Answers directly and starts no run. */
export function answer(
	ctx: IWebhookFunctions,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/** One event of a delivery: its type (as the provider names it), the output item, and its delivery id. */
export interface DeliveryEvent {
	type: string;
	json: IDataObject;
	/** Identifies the event across repeated deliveries (see events.ts); events without one are never skipped */
	id?: string;
}

export interface Delivery {
	/** Proves the sender; checked before anything else is read */
	isAuthentic(): boolean;
	/**
	 * The events in the delivery: their type (as the provider names it), the output item and its
	 * delivery id. An entry without a text type or an object as json is skipped; a throw is answered 400.
	 */
	events(): DeliveryEvent[];
}

/**
 * The core of every trigger's webhook() (through receiveFrom(), trigger.ts): authenticity first
 * (401, no run; unless Skip Signature Verification is a real `true`), then the selected events not
 * seen before become one item each, answered `200 {received: true, started: true}`; an authentic
 * delivery with nothing left is answered `200 {received: true, started: false}` and starts no run.
 */
export function receive(ctx: IWebhookFunctions, delivery: Delivery): IWebhookResponseData {
	if (!skipsVerification(ctx) && !delivery.isAuthentic()) {
		return answer(ctx, 401, {
			message: 'Unauthorized: the delivery could not be proven authentic',
		});
	}
	const selected = selectedEvents(ctx.getNodeParameter('events', []));
	let events: unknown[];
	try {
		events = delivery.events();
	} catch {
		// An authentic delivery of a shape the provider does not document: answered, never a crash.
		return answer(ctx, 400, { message: 'Bad request: the delivery could not be read' });
	}
	const chosen = events.filter(
		(event): event is DeliveryEvent => isEvent(event) && selected.includes(event.type),
	);
	const items: INodeExecutionData[] = unseenEvents(ctx, chosen).map((event) => ({
		json: plainData(event.json) as IDataObject,
	}));
	if (items.length === 0) return answer(ctx, 200, { received: true, started: false });
	// Answered before the run starts, not after (n8n's `onReceived`): n8n saves the static data that
	// unseenEvents() changed only when the answer goes out, and from 2.41 starting the run first
	// clears its "changed" mark, so the delivery would never be remembered (docs/events.md).
	return { ...answer(ctx, 200, { received: true, started: true }), workflowData: [items] };
}

const isEvent = (event: unknown): event is DeliveryEvent =>
	typeof event === 'object' &&
	event !== null &&
	typeof (event as IDataObject).type === 'string' &&
	isPlainObject((event as IDataObject).json);

/**
 * A copy of delivered data as plain JSON: `__proto__` keys are dropped (they would change the
 * prototype of an object built from them), functions too; any depth is kept up to 64 levels.
 */
export function plainData(value: unknown, depth = 0): unknown {
	if (typeof value === 'function' || depth > 64) return undefined;
	if (Array.isArray(value)) return value.map((v) => plainData(v, depth + 1));
	if (!isPlainObject(value)) return value;
	const out: IDataObject = {};
	for (const [key, v] of Object.entries(value)) {
		if (key === '__proto__' || typeof v === 'function') continue;
		Object.defineProperty(out, key, {
			value: plainData(v, depth + 1),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return out;
}

/** The text of a delivered value that should be text: '' for objects, lists and null. */
export function deliveredText(value: unknown): string {
	return typeof value === 'string'
		? value
		: typeof value === 'number' || typeof value === 'boolean'
			? String(value)
			: '';
}

/** The event values of the `events` parameter: a list, or comma-separated text from an expression. */
function selectedEvents(value: unknown): string[] {
	const list: unknown[] = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: [];
	return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}
