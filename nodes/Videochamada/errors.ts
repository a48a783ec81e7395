import type { ProviderErrorInfo } from '../shared/transport/errors';

interface KnownError {
	/** Lower-case, accent-free fragments of the provider's message, in English and Portuguese */
	match: string[];
	message: string;
	hint: string;
}

/** The errors documented at https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/referencia-de-erros */
const KNOWN_ERRORS: KnownError[] = [
	{
		match: ['maximum spending limit', 'limite de gastos'],
		message: 'The monthly spending limit of the organization has been reached',
		hint: 'Raise the spending limit in the videochamada.com.br dashboard, or wait for the next billing cycle.',
	},
	{
		match: ['organization not found', 'organizacao nao encontrada'],
		message: 'The organization of this API token was not found',
		hint: 'The organization does not exist or the token has no access to it. Check the API token in the credential.',
	},
	{
		match: ['subscription not found', 'assinatura nao encontrada'],
		message: 'The organization has no active subscription',
		hint: 'Activate a subscription for the organization in the videochamada.com.br dashboard.',
	},
	{
		match: ['ip not allowed', 'ip nao permitido'],
		message: 'The IP address of this n8n instance is not on the allow-list of the API token',
		hint: 'Add the public IP address of the n8n server to the allowed IPs of the API token in the videochamada.com.br dashboard.',
	},
	{
		match: ['resource belongs to another project'],
		message: 'The call or recording belongs to another project',
		hint: 'Use the API token of the project that owns it.',
	},
	{
		match: ['invalid expiration date'],
		message: 'The expiration date is not in the future',
		hint: 'Set Expires At to a future date and time, e.g. {{ $now.plus(1, "hour") }}. If the value looked right, check the clock of the n8n server.',
	},
	{
		match: ['invalid date format'],
		message: 'A date is not in ISO 8601 format',
		hint: 'Use dates like 2026-10-16 for the date window and 2026-10-16T10:00:00Z for Expires At.',
	},
	{
		match: ['pagination limit exceeded'],
		message: 'More than 100 records per page were asked for',
		hint: 'videochamada.com.br returns at most 100 records per page; this node pages by itself, so check any proxy in between.',
	},
	{
		match: ['call already ended'],
		message: 'The call has already ended',
		hint: 'Check the status of the call (Call → Get) before acting on it.',
	},
	{
		match: ['invalid parameters'],
		message: 'A parameter is missing or invalid',
		hint: 'Check the values of this item: title, expiration date, date window and IDs.',
	},
];

const plain = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** The provider's own text of a NestJS error body `{ message, error, statusCode }`. */
function providerText(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	const record = (body ?? {}) as { message?: unknown; error?: unknown };
	const message = Array.isArray(record.message)
		? record.message.map(String).join('; ')
		: record.message;
	if (typeof message === 'string' && message) return message;
	return typeof record.error === 'string' && record.error ? record.error : undefined;
}

/** A clear English message and hint for the documented errors; the provider's text stays visible. */
export function parseVideochamadaError(body: unknown): ProviderErrorInfo {
	const text = providerText(body);
	if (!text) return {};
	const known = KNOWN_ERRORS.find((e) =>
		e.match.some((fragment) => plain(text).includes(fragment)),
	);
	if (!known) return { message: text };
	return { message: `${known.message} (provider message: ${text})`, hint: known.hint };
}
