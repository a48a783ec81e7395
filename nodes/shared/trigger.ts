import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHookFunctions,
	INodeProperties,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import type { EventMapping } from './events';
import { providerEvents } from './events';
import { triggerOptions } from './triggerOptions';
import { receive } from './webhook';

/*
 * What the five triggers share (imported as `trigger`). A trigger file holds only its provider's
 * own: names, credential, events, set-up steps and extra options; the provider's `signature.ts`
 * proves a delivery, its `normalize.ts` reads the events (see docs/events.md).
 */

/** One event a trigger offers: its label, the provider's name for it, and what it means. */
export interface TriggerEvent {
	name: string;
	value: string;
	description: string;
}

/** The webhook every trigger receives deliveries on: POST to `<n8n>/webhook/<id>/webhook`, answered by the trigger. */
export const DELIVERY_WEBHOOK: IWebhookDescription = {
	name: 'default',
	httpMethod: 'POST',
	responseMode: 'onReceived',
	path: 'webhook',
};

/**
 * The webhook lifecycle of a trigger whose provider is set up by hand. None of the providers lets
 * n8n register a webhook, so there is nothing to check, create or delete: each step succeeds at
 * once and stores nothing. n8n itself needs none of it (it skips lifecycle methods a node lacks, on
 * every line we support), but the community lint rule `webhook-lifecycle-complete`, which n8n's
 * package scanner applies, requires the three for a node that declares webhooks.
 */
export const MANUAL_WEBHOOK = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};

/** The line under a trigger on the canvas: the chosen events by name, e.g. "Participant Joined, Participant Left". */
export function eventsSubtitle(events: TriggerEvent[]): string {
	const names = Object.fromEntries(events.map((e) => [e.value, e.name]));
	return `={{ $parameter["events"].map((e) => (${JSON.stringify(names)})[e] ?? e).join(", ") }}`;
}

/**
 * A trigger's parameters: the set-up notice (`setup`, where the provider takes the URL, then how
 * n8n's two URLs differ, which builders otherwise learn the hard way), Events (`events`, with
 * `defaultEvents` chosen) and Options (with the provider's `options`).
 */
export function properties(spec: {
	setup: string;
	events: TriggerEvent[];
	defaultEvents: string[];
	options?: INodeProperties[];
}): INodeProperties[] {
	return [
		{
			displayName: `${spec.setup} The Production URL (under "Webhook URLs" above, tab "Production URL") works only once the workflow is published (active). While you build, run the trigger from the editor ("Execute step" or "Test this trigger") and send events to the Test URL instead.`,
			name: 'setupNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Events',
			name: 'events',
			type: 'multiOptions',
			required: true,
			options: [...spec.events].sort((a, b) => a.name.localeCompare(b.name)),
			default: [...spec.defaultEvents],
			description: 'The events that start the workflow; other events are acknowledged and ignored',
		},
		triggerOptions(spec.options),
	];
}

/** Whether a delivery comes from the provider (constant time), proven with its credential; never throws. */
export type IsAuthentic = (
	ctx: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
) => boolean;

/** A provider's part of a trigger's webhook(). */
export interface TriggerProvider {
	/** The credential holding what deliveries are proven with */
	credential: string;
	/** How the provider's events read in the normalized output */
	mapping: EventMapping;
	isAuthentic: IsAuthentic;
	/** The delivery's events, typed as the provider names them; a throw is answered 400 */
	events(ctx: IWebhookFunctions): Array<{ type: string; json: IDataObject }>;
}

/** A trigger's webhook(): receive() with the provider's proof and events, in the chosen output format. */
export async function receiveFrom(
	ctx: IWebhookFunctions,
	provider: TriggerProvider,
): Promise<IWebhookResponseData> {
	const credentials = await ctx.getCredentials(provider.credential);
	return receive(
		ctx,
		providerEvents(ctx, provider.mapping, {
			isAuthentic: () => provider.isAuthentic(ctx, credentials),
			events: () => provider.events(ctx),
		}),
	);
}
