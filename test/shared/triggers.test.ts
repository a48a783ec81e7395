import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { callWebhook, callWebhookMethod } from '../kit/harness';
import { TRIGGERS } from './triggers';

const runItems = (result: Awaited<ReturnType<typeof callWebhook>>) =>
	((result.result.workflowData ?? [[]]) as INodeExecutionData[][])[0];

describe.each(TRIGGERS)('$name Trigger', (trigger) => {
	// Issue 11, class 2: Skip Signature Verification fails closed.
	it.each<[string, string]>([
		['the text "true"', '={{ "true" }}'],
		['the text "false"', '={{ "false" }}'],
		['the number 1', '={{ 1 }}'],
		['an object', '={{ {} }}'],
	])('keeps verification on when Skip Signature Verification is %s', async (_, skip) => {
		const result = await callWebhook(
			trigger.node,
			trigger.setup({ skipSignatureVerification: skip }),
			trigger.deliver({}, false),
		);
		expect(result.status).toBe(401);
		expect(result.result.workflowData).toBeUndefined();
	});

	it('skips verification only for a real true, and runs for a signed delivery', async () => {
		const skipped = await callWebhook(
			trigger.node,
			trigger.setup({ skipSignatureVerification: true }),
			trigger.deliver({}, false),
		);
		expect(runItems(skipped)).toHaveLength(1);
		const signed = await callWebhook(trigger.node, trigger.setup(), trigger.deliver({}));
		expect(runItems(signed)).toHaveLength(1);
	});

	// Issue 11, class 7: a signed delivery of an odd shape never crashes the trigger.
	it.each(['raw', 'normalized'])(
		'keeps __proto__, constructor and toString from changing the %s output item',
		async (outputFormat) => {
			const odd = {
				constructor: 'c',
				toString: 't',
				hasOwnProperty: 'h',
				nested: JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'),
			};
			const result = await callWebhook(
				trigger.node,
				trigger.setup({ outputFormat }),
				trigger.deliver(odd),
			);
			const [item] = runItems(result);
			expect(Object.getPrototypeOf(item.json)).toBe(Object.prototype);
			// The normalized item carries the payload under `data`.
			const payload = (outputFormat === 'raw' ? item.json : item.json.data) as IDataObject;
			const flat = JSON.stringify(payload);
			expect(flat).toContain('"constructor":"c"');
			expect(flat).toContain('"toString":"t"');
			// JSON deliveries: the __proto__ key is dropped; Twilio's form fields are text and stay text.
			const nested = payload.nested;
			if (typeof nested === 'object') expect(nested).toEqual({ ok: 1 });
			else expect(nested).toBe('{"__proto__":{"polluted":true},"ok":1}');
			expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
			expect(({} as IDataObject).polluted).toBeUndefined();
			for (const value of Object.values(payload)) expect(typeof value).not.toBe('function');
		},
	);
});

describe.each(TRIGGERS.filter((t) => t.signJson))('$name Trigger with odd JSON', (trigger) => {
	it.each([
		['null', 'null'],
		['a list', '[1, null, {"type": 3}]'],
		['a number', '42'],
		['a string', '"text"'],
		[
			'types as objects',
			'{"type": {"toString": 1}, "action": {"valueOf": 2}, "event": [], "entry": {"changes": null}}',
		],
		[
			'null entries',
			'{"entry": [null, {"changes": [null, {"field": "calls", "value": null}]}], "payload": null, "data": null}',
		],
	])('answers %s without a crash and starts no run', async (_, raw) => {
		const result = await callWebhook(trigger.node, trigger.setup(), {
			...trigger.signJson!(raw),
			body: JSON.parse(raw),
		});
		expect(result.answered).toBe(true);
		expect([200, 400]).toContain(result.status);
		expect(result.result.workflowData).toBeUndefined();
	});
});

it('VecTalk: null and odd entries beside a valid call are skipped; the valid call still runs', async () => {
	const trigger = TRIGGERS.find((t) => t.name === 'VecTalk')!;
	const valid = { id: 'c1', event: 'terminate' };
	const envelope = {
		entry: [
			null,
			{
				id: 'w',
				changes: [
					null,
					{ field: 'calls', value: { calls: [null, 7, 'x', [], { event: { x: 1 } }, valid] } },
				],
			},
		],
	};
	const result = await callWebhook(
		trigger.node,
		trigger.setup({ outputFormat: 'raw' }),
		trigger.signJson!(JSON.stringify(envelope)),
	);
	expect(runItems(result).map((item) => item.json)).toEqual([{ ...valid, wabaId: 'w' }]);
});

// Issue 13: none of the providers lets n8n register a webhook, so the lifecycle registers nothing.
describe.each(TRIGGERS)('$name Trigger lifecycle', (trigger) => {
	it("checkExists, create and delete succeed in n8n-core's HookContext and store nothing", async () => {
		for (const activation of ['activate', 'manual'] as const) {
			for (const method of ['checkExists', 'create', 'delete'] as const) {
				const staticData: IDataObject = {};
				const run = await callWebhookMethod(
					trigger.node,
					{ ...trigger.setup(), staticData },
					method,
					activation,
				);
				expect(run.result).toBe(true);
				expect(JSON.parse(JSON.stringify(run.staticData))).toEqual({});
			}
		}
		const groups = Object.values(trigger.node.webhookMethods ?? {});
		expect(groups.length).toBeGreaterThan(0);
		for (const group of groups) expect(group).toBe(trigger.node.webhookMethods?.default);
	});
});
