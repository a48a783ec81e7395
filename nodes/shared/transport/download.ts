import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { providerError } from './errors';

/** A file behind a pre-signed URL: the URL itself grants access, so no credential is ever sent. */
export interface DownloadRequest {
	url: string;
	/** Who handed out the URL, e.g. "Whereby" (named in errors) */
	provider: string;
	/** Refuse a larger file: by its Content-Length before reading, and by the bytes read */
	maxBytes: number;
	/** Used when neither the server nor the URL names the file */
	fileName?: string;
	/** Until the answer's headers arrive; default 30 s */
	responseTimeoutMs?: number;
	/** For the whole download, body included; default 30 min */
	totalTimeoutMs?: number;
}

const RESPONSE_TIMEOUT_MS = 30_000;
const TOTAL_TIMEOUT_MS = 30 * 60_000;
const MAX_REDIRECTS = 5;
const ERROR_BODY_BYTES = 4096;

/** What n8n's helpers accept as a stream (a Node.js Readable; the type cannot be imported in node code). */
type ByteStream = Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0] & {
	map(fn: (chunk: Buffer) => Buffer): ByteStream;
	destroy(error?: Error): void;
};

interface Opened {
	url: URL;
	headers: IDataObject;
	body: ByteStream;
}

/** Downloads the file into n8n's binary data store, streamed where n8n's storage mode allows. */
export async function downloadBinary(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
): Promise<IBinaryData> {
	const opened = await open(ctx, itemIndex, req);
	const fileName = fileNameOf(opened, req.fileName);
	try {
		return await ctx.helpers.prepareBinaryData(
			limited(req, opened),
			fileName,
			mimeTypeOf(opened.headers),
		);
	} catch (error) {
		throw readFailure(ctx, itemIndex, req, error);
	}
}

/** Downloads a text file and returns it decoded as UTF-8 (a byte order mark removed). */
export async function downloadText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
): Promise<string> {
	const opened = await open(ctx, itemIndex, req);
	try {
		return utf8Text(await ctx.helpers.binaryToBuffer(limited(req, opened)));
	} catch (error) {
		throw readFailure(ctx, itemIndex, req, error);
	}
}

/** Bytes as UTF-8 text, without a byte order mark. */
export const utf8Text = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

/** Sends the GET (and same-origin redirects) without credentials; returns the successful answer's stream. */
async function open(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
): Promise<Opened> {
	const signals = [
		AbortSignal.timeout(req.totalTimeoutMs ?? TOTAL_TIMEOUT_MS),
		ctx.getExecutionCancelSignal(),
	];
	const abortSignal = AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
	let url = checkedUrl(ctx, itemIndex, req, req.url);
	for (let redirects = 0; ; redirects++) {
		let response: { statusCode: number; headers: IDataObject; body: ByteStream };
		try {
			response = await ctx.helpers.httpRequest({
				method: 'GET',
				url: url.href,
				// Only what a browser would send for a link: no Authorization, no cookies.
				headers: { Accept: '*/*' },
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				timeout: req.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS,
				abortSignal,
			});
		} catch (error) {
			throw unreachable(ctx, itemIndex, req, url, error);
		}
		const { statusCode, headers, body } = response;
		if (statusCode >= 300 && statusCode < 400 && headers.location) {
			body.destroy();
			const next = checkedUrl(ctx, itemIndex, req, String(headers.location), url);
			// A redirect to another server is how a link leaks to a third party: never followed.
			if (next.origin !== url.origin) {
				throw fail(
					ctx,
					itemIndex,
					`The download link of ${req.provider} redirected to another server (${next.origin}); not followed`,
					'A download link is only followed on its own server. Get a new link and try again; if this repeats, the file is not where the provider says.',
				);
			}
			if (redirects >= MAX_REDIRECTS) {
				throw fail(
					ctx,
					itemIndex,
					`The download link of ${req.provider} redirected more than ${MAX_REDIRECTS} times`,
					'Get a new link and try again.',
				);
			}
			url = next;
			continue;
		}
		if (statusCode >= 300) throw await httpFailure(ctx, itemIndex, req, statusCode, body);
		const declared = Number(headers['content-length']);
		if (Number.isFinite(declared) && declared > req.maxBytes) {
			body.destroy();
			throw tooLarge(ctx, itemIndex, req, `its size is ${declared} bytes`);
		}
		return { url, headers, body };
	}
}

class TooLarge extends Error {}

/** The body, failing as soon as more than `maxBytes` arrived (a server may send more than it declared). */
function limited(req: DownloadRequest, opened: Opened): ByteStream {
	let received = 0;
	return opened.body.map((chunk) => {
		received += chunk.length;
		if (received > req.maxBytes) throw new TooLarge(`more than ${req.maxBytes} bytes arrived`);
		return chunk;
	});
}

function readFailure(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
	error: Error,
) {
	if (error instanceof TooLarge) return tooLarge(ctx, itemIndex, req, error.message);
	if (error instanceof NodeOperationError) return error;
	return unreachable(ctx, itemIndex, req, new URL(req.url), error);
}

function checkedUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
	value: string,
	base?: URL,
): URL {
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		throw fail(
			ctx,
			itemIndex,
			`${req.provider} gave a download link that is not a URL`,
			'Get a new link and try again.',
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw fail(
			ctx,
			itemIndex,
			`${req.provider} gave a download link that is not http(s) (${url.protocol})`,
			'Only http:// and https:// links are downloaded.',
		);
	}
	if (url.username || url.password) {
		// n8n would turn a user name and password in the URL into an Authorization header.
		throw fail(
			ctx,
			itemIndex,
			`${req.provider} gave a download link with a user name or password in it; not followed`,
			'Pre-signed download links never carry credentials.',
		);
	}
	return url;
}

/** A non-2xx answer, with the storage server's own message (S3 answers XML `<Message>`). */
async function httpFailure(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
	status: number,
	body: ByteStream,
) {
	let text = '';
	try {
		for await (const chunk of body as AsyncIterable<Buffer>) {
			text += chunk.toString('utf8');
			if (text.length >= ERROR_BODY_BYTES) break;
		}
	} catch {
		// The status alone is reported when the error body cannot be read.
	} finally {
		body.destroy();
	}
	const xml = /<Message>([\s\S]*?)<\/Message>/.exec(text)?.[1];
	const code = /<Code>([\s\S]*?)<\/Code>/.exec(text)?.[1];
	return providerError(ctx.getNode(), {
		provider: `The file server of ${req.provider}`,
		status,
		info: { message: (xml ?? text.slice(0, 300)).trim() || undefined, code },
		itemIndex,
		hints: {
			400: 'The download link was refused. Links are temporary: run the node again to get a new one.',
			403: 'The download link was refused, most often because it expired. Links are temporary: run the node again to get a new one (a longer "Valid For" helps where the provider has one).',
			404: 'The file is gone from the storage (deleted, or not written yet).',
		},
	});
}

function tooLarge(ctx: IExecuteFunctions, itemIndex: number, req: DownloadRequest, why: string) {
	const mb = req.maxBytes / 1024 / 1024;
	const limit = Number.isInteger(mb) ? `${mb} MB` : `${req.maxBytes} bytes`;
	return fail(
		ctx,
		itemIndex,
		`The file is larger than the limit of ${limit} (${why}); not downloaded`,
		'Raise "Max File Size (MB)" in the options if n8n has room for it, or pass the link on instead of the file.',
	);
}

function unreachable(
	ctx: IExecuteFunctions,
	itemIndex: number,
	req: DownloadRequest,
	url: URL,
	error: Error,
) {
	const seconds = Math.round((req.totalTimeoutMs ?? TOTAL_TIMEOUT_MS) / 1000);
	return fail(
		ctx,
		itemIndex,
		`Could not download the file from ${url.origin}: ${error.message}`,
		`The connection to the file server of ${req.provider} failed, or the download took longer than allowed (${seconds} s for the whole file). Try again.`,
	);
}

const fail = (ctx: IExecuteFunctions, itemIndex: number, message: string, description: string) =>
	new NodeOperationError(ctx.getNode(), message, { itemIndex, description });

/** Content-Type without parameters; a generic binary type is left to n8n's lookup by file name. */
function mimeTypeOf(headers: IDataObject): string | undefined {
	const type = String(headers['content-type'] ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	return !type || type === 'application/octet-stream' || type === 'binary/octet-stream'
		? undefined
		: type;
}

/** The name from Content-Disposition, else the given name, else the last part of the URL path. */
function fileNameOf(opened: Opened, fallback?: string): string | undefined {
	const disposition = String(opened.headers['content-disposition'] ?? '');
	const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
	const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1];
	const fromPath = opened.url.pathname.split('/').pop();
	const name = decoded(encoded) ?? plain ?? fallback ?? decoded(fromPath);
	return name?.trim() || undefined;
}

function decoded(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
