import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { escapeText } from './transport/errors';

/** What a secret is replaced with. */
export const HIDDEN = '[hidden]';

/** Shorter secrets are only hidden where a whole value equals them: inside text they would hide too much. */
const MIN_QUOTED_LENGTH = 6;

/** The names of a credential's password fields: its secrets. */
export function passwordFields(type: ICredentialType): string[] {
	return type.properties.filter((p) => p.typeOptions?.password).map((p) => p.name);
}

/** The secret values of decrypted credential data; empty and whitespace-only values are no secret. */
export function credentialSecrets(
	data: ICredentialDataDecryptedObject,
	fields: string[],
): string[] {
	return fields
		.map((name) => data[name])
		.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/*
 * The secrets seen during one node run (credential secrets used by the API client, password
 * fields the user typed), kept per execution context, so that everything the run returns or
 * throws can be scrubbed of them.
 */
const seen = new WeakMap<object, Set<string>>();

/** Remembers secrets for the run of `ctx`; whitespace-only values count as no secret. */
export function addSecrets(ctx: object, values: unknown[]) {
	let set = seen.get(ctx);
	if (!set) seen.set(ctx, (set = new Set()));
	for (const value of values) {
		if (typeof value !== 'string' || value.trim() === '') continue;
		set.add(value);
		set.add(value.trim());
	}
}

/** The secrets of a run: those of `ctx` and of the contexts it was derived from. */
export function secretsOf(ctx: object): string[] {
	const all = new Set<string>();
	for (
		let current: object | null = ctx, depth = 0;
		current && depth < 4;
		current = Object.getPrototypeOf(current), depth++
	) {
		for (const secret of seen.get(current) ?? []) all.add(secret);
	}
	return [...all].sort((a, b) => b.length - a.length);
}

/** Text with every secret (as is, HTML-escaped or URL-encoded) replaced by [hidden]. */
export function hideSecrets(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (out === secret) return HIDDEN;
		if (secret.length < MIN_QUOTED_LENGTH) continue;
		for (const form of new Set([secret, escapeText(secret), encodeURIComponent(secret)])) {
			if (out.includes(form)) out = out.split(form).join(HIDDEN);
		}
	}
	return out;
}

/** A copy of data with every secret hidden in its strings (keys included); the same object when none occur. */
export function scrubbed<T>(value: T, secrets: string[], depth = 0): T {
	if (secrets.length === 0 || depth > 64) return value;
	if (typeof value === 'string') return hideSecrets(value, secrets) as T;
	if (Array.isArray(value)) {
		const copy = value.map((v) => scrubbed(v, secrets, depth + 1));
		return (copy.some((v, i) => v !== value[i]) ? copy : value) as T;
	}
	if (!value || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
	let changed = false;
	const entries = Object.entries(value as IDataObject).map(([k, v]) => {
		const key = hideSecrets(k, secrets);
		const inner = scrubbed(v, secrets, depth + 1);
		changed ||= key !== k || inner !== v;
		return [key, inner];
	});
	return changed ? (Object.fromEntries(entries) as T) : value;
}

/** Hides every secret in an error's message, description, stack and details, in place. */
export function scrubError<E>(error: E, secrets: string[]): E {
	if (
		secrets.length === 0 ||
		!(error instanceof NodeApiError || error instanceof NodeOperationError)
	)
		return error;
	const target = error as unknown as IDataObject;
	// `message` and `stack` are not enumerable on errors; `node` holds parameters, not provider text.
	const keys = ['message', 'stack', ...Object.keys(error).filter((key) => key !== 'node')];
	for (const key of keys) {
		if (target[key] !== undefined) target[key] = scrubbed(target[key], secrets);
	}
	return error;
}
