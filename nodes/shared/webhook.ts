import { createHmac, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeProperties,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

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
export function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

export interface Delivery {
	/** Proves the sender; checked before anything else is read */
	isAuthentic(): boolean;
	/** The events in the delivery: their type (as the provider names it) and the output item */
	events(): Array<{ type: string; json: IDataObject }>;
}

/**
 * Every trigger's webhook(): authenticity first (401, no run), then the selected events become one
 * item each; an authentic delivery with nothing selected is answered 200 and starts no run.
 */
export function receive(ctx: IWebhookFunctions, delivery: Delivery): IWebhookResponseData {
	const skip = ctx.getNodeParameter('options.skipSignatureVerification', false) as boolean;
	if (!skip && !delivery.isAuthentic()) {
		return answer(ctx, 401, { message: 'Unauthorized: the delivery could not be proven authentic' });
	}
	const selected = ctx.getNodeParameter('events', []) as string[];
	const items: INodeExecutionData[] = delivery
		.events()
		.filter((event) => selected.includes(event.type))
		.map((event) => ({ json: event.json }));
	if (items.length === 0) return answer(ctx, 200, { received: true, started: false });
	return { workflowData: [items] };
}

/** The line under a trigger on the canvas: the chosen events by name, e.g. "Participant Joined, Participant Left". */
export function eventsSubtitle(events: Array<{ name: string; value: string }>): string {
	const names = Object.fromEntries(events.map((e) => [e.value, e.name]));
	return `={{ $parameter["events"].map((e) => (${JSON.stringify(names)})[e] ?? e).join(", ") }}`;
}

/**
 * A trigger's set-up notice: `steps` (where the provider takes the URL), then how n8n's two URLs
 * differ, which builders otherwise learn the hard way.
 */
export function setupNotice(steps: string): INodeProperties {
	return {
		displayName: `${steps} The Production URL (under "Webhook URLs" above, tab "Production URL") works only once the workflow is published (active). While you build, run the trigger from the editor ("Execute step" or "Test this trigger") and send events to the Test URL instead.`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	};
}

/** The `events` parameter of a trigger. */
export function eventsParameter(
	events: Array<{ name: string; value: string; description: string }>,
	defaults: string[],
): INodeProperties {
	return {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: [...events].sort((a, b) => a.name.localeCompare(b.name)),
		default: [...defaults],
		description: 'The events that start the workflow; other events are acknowledged and ignored',
	};
}

/** A trigger's `options` collection: the switch that turns the authenticity check off, and `extra`. */
export function triggerOptions(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Skip Signature Verification',
				name: 'skipSignatureVerification',
				type: 'boolean',
				default: false,
				description:
					'Whether to accept deliveries that cannot be proven to come from the provider. Anyone who knows the URL can then start this workflow: use it only for testing.',
			},
			...extra,
		],
	};
}

/*
 * None of the providers lets n8n register a webhook, so activation only records the URL the
 * user has to paste at the provider; the record is kept in the workflow's static data.
 */

export function webhookExists(ctx: IHookFunctions): boolean {
	const data = ctx.getWorkflowStaticData('node');
	return data.webhookUrl === ctx.getNodeWebhookUrl('default');
}

export function rememberWebhook(ctx: IHookFunctions): boolean {
	const data = ctx.getWorkflowStaticData('node');
	data.webhookUrl = ctx.getNodeWebhookUrl('default');
	data.activatedAt = new Date().toISOString();
	return true;
}

export function forgetWebhook(ctx: IHookFunctions): boolean {
	const data = ctx.getWorkflowStaticData('node');
	delete data.webhookUrl;
	delete data.activatedAt;
	return true;
}
