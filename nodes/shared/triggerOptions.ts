import type { INodeProperties, IWebhookFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { fieldsCollection } from './descriptions';
import { oneOf, strictBoolean } from './validation';

/**
 * A trigger's `options` collection: Ignore Duplicates, Output Format, the switch that turns the
 * authenticity check off, and the provider's `extra` options.
 */
export function triggerOptions(extra: INodeProperties[] = []): INodeProperties {
	return fieldsCollection('options', [
		{
			displayName: 'Ignore Duplicates',
			name: 'ignoreDuplicates',
			type: 'boolean',
			default: true,
			description:
				'Whether to answer a delivery this trigger has already seen (same event ID, or the same body) without starting a run. Providers repeat deliveries, e.g. when the answer was slow. The last 1,000 deliveries of the last 24 hours are remembered.',
		},
		{
			displayName: 'Output Format',
			name: 'outputFormat',
			type: 'options',
			options: [
				{
					name: 'Normalized',
					value: 'normalized',
					description:
						'The same keys for every provider: provider, event (participant.joined, participant.left, meeting.started, meeting.ended, recording.ready, other), providerEvent, meetingId, participant, occurredAt, deliveryId, and data (the payload as sent)',
				},
				{ name: 'Raw', value: 'raw', description: "The provider's payload as it sent it" },
			],
			default: 'normalized',
			description: 'The shape of each output item',
		},
		{
			displayName: 'Skip Signature Verification',
			name: 'skipSignatureVerification',
			type: 'boolean',
			default: false,
			description:
				'Whether to accept deliveries that cannot be proven to come from the provider. Anyone who knows the URL can then start this workflow: use it only for testing.',
		},
		...extra,
	]);
}

/**
 * The one way a trigger reads one of its `options`: the value when `schema` accepts it, else
 * `fallback`. Values from expressions are read strictly, so an odd value never turns a check off.
 */
export function triggerOption<T>(
	ctx: IWebhookFunctions,
	name: string,
	schema: z.ZodType<T, z.ZodTypeDef, unknown>,
	fallback: T,
): T {
	const parsed = schema.safeParse(ctx.getNodeParameter(`options.${name}`, fallback));
	return parsed.success ? parsed.data : fallback;
}

/** A finite number, or text that is one (from an expression). */
export const finiteNumber = z.union([
	z.number().finite(),
	z
		.string()
		.refine((v) => v.trim() !== '' && Number.isFinite(Number(v)))
		.transform(Number),
]);

/** Skip Signature Verification: fails closed, only a real `true` turns the check off ("true" text does not). */
export const skipsVerification = (ctx: IWebhookFunctions): boolean =>
	triggerOption<boolean>(ctx, 'skipSignatureVerification', z.literal(true), false);

/** Ignore Duplicates (default on): only false or the text "false" turns it off. */
export const ignoresDuplicates = (ctx: IWebhookFunctions): boolean =>
	triggerOption(ctx, 'ignoreDuplicates', strictBoolean, true);

/** Output Format: only `raw` gives the provider's payload as sent. */
export const wantsRaw = (ctx: IWebhookFunctions): boolean =>
	triggerOption(ctx, 'outputFormat', oneOf(['normalized', 'raw']), 'normalized') === 'raw';
