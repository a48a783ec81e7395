// The sandbox's file storage: what pre-signed download links (Whereby access links, videochamada
// download URLs) point to. It runs on its own port, so on another origin than the provider APIs,
// and behaves like S3 with query-string signatures: a valid, unexpired signature is the only
// authorization; a request that also carries an Authorization header is refused, as S3 refuses it.
import { createHmac, timingSafeEqual } from 'node:crypto';

const SECRET = 'sandbox-storage-signing-secret';

const sign = (key, date, expires) =>
	createHmac('sha256', SECRET).update(`${key}\n${date}\n${expires}`).digest('hex');

/** A pre-signed URL for `key` (e.g. `whereby/rec-1.mp4`) on the storage at `storageUrl`. */
export function presign(storageUrl, key, expiresInSeconds = 3600) {
	const date = String(Math.floor(Date.now() / 1000));
	const expires = String(expiresInSeconds);
	const query = new URLSearchParams({
		'X-Amz-Expires': expires,
		'X-Amz-Date': date,
		'X-Amz-Signature': sign(key, date, expires),
	});
	return `${storageUrl}/${key.split('/').map(encodeURIComponent).join('/')}?${query}`;
}

const s3Error = (status, code, message) => ({
	status,
	headers: { 'content-type': 'application/xml' },
	body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
});

/** Deterministic bytes for a video file: an MP4 `ftyp` box, then a counter pattern. */
function videoBytes(key, size = 64 * 1024) {
	const bytes = Buffer.alloc(size);
	Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex').copy(bytes);
	for (let i = 24; i < size; i++) bytes[i] = (i + key.length) % 251;
	return bytes;
}

/** The transcript Markdown of a key, in the shape of a Whereby transcript file. */
const transcript = (key) =>
	`# Transcript of ${key}\n\n**Alice** (00:00:02): Good morning, everyone.\n\n**Bob** (00:00:05): Morning! Shall we start with the numbers?\n`;

/** The file stored under `key`: its body and Content-Type, by extension. */
export function storedFile(key) {
	if (key.endsWith('.mp4')) return { body: videoBytes(key), contentType: 'video/mp4' };
	if (key.endsWith('.md'))
		return { body: Buffer.from(transcript(key), 'utf8'), contentType: 'text/markdown' };
	return { body: Buffer.from(`file ${key}\n`), contentType: 'binary/octet-stream' };
}

/** Answers one storage request (GET/HEAD of a pre-signed URL). */
export function storageAnswer({ method, path, query, headers }) {
	if (method !== 'GET' && method !== 'HEAD')
		return s3Error(
			405,
			'MethodNotAllowed',
			'The specified method is not allowed against this resource.',
		);
	if (headers.authorization) {
		return s3Error(
			400,
			'InvalidArgument',
			'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
		);
	}
	const key = path.slice(1).split('/').map(decodeURIComponent).join('/');
	const { 'X-Amz-Date': date, 'X-Amz-Expires': expires, 'X-Amz-Signature': signature } = query;
	if (!date || !expires || !signature)
		return s3Error(
			403,
			'AccessDenied',
			'Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters',
		);
	const expected = Buffer.from(sign(key, date, expires));
	const given = Buffer.from(String(signature));
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return s3Error(
			403,
			'SignatureDoesNotMatch',
			'The request signature we calculated does not match the signature you provided.',
		);
	}
	if (Number(date) + Number(expires) < Date.now() / 1000)
		return s3Error(403, 'AccessDenied', 'Request has expired');
	const file = storedFile(key);
	return {
		status: 200,
		headers: { 'content-type': file.contentType },
		body: method === 'HEAD' ? '' : file.body,
	};
}
