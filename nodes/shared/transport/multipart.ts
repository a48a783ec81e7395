import { ApplicationError, randomString } from 'n8n-workflow';

/** One field of a multipart/form-data body; a file when it has a filename. */
export interface MultipartPart {
	/** The form field's name (Content-Disposition `name`) */
	field: string;
	value: string | Buffer;
	filename?: string;
	/** Content type of a file part; default application/octet-stream */
	contentType?: string;
}

export interface MultipartBody {
	body: Buffer;
	/** The Content-Type header, with the boundary */
	contentType: string;
}

/** Quotes a name as browsers do (WHATWG): `"`, CR and LF percent-encoded so that no header can be injected. */
const quoted = (text: string) =>
	`"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;

const TOKEN = '[A-Za-z0-9!#$&^_.+-]+';
const MEDIA_TYPE = new RegExp(
	`^${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}=(${TOKEN}|"[^"\\\\\\x00-\\x1f\\x7f]*"))*$`,
);

/** Whether text is a media type (RFC 9110: type/subtype and parameters), with no control characters. */
export function isMediaType(text: string): boolean {
	return MEDIA_TYPE.test(text);
}

const newBoundary = () => `----n8nFormBoundary${randomString(24)}`;

/**
 * A multipart/form-data body (RFC 7578) built in memory as a Buffer, because n8n gives community
 * nodes no form-data library. A boundary that occurs in a value is replaced by a fresh one.
 */
export function multipartBody(parts: MultipartPart[], boundary = newBoundary()): MultipartBody {
	const values = parts.map((part) =>
		Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'),
	);
	if (values.some((value) => value.includes(boundary))) return multipartBody(parts, newBoundary());
	const badType = parts.find(
		(part) => part.contentType !== undefined && !isMediaType(part.contentType),
	);
	// A MIME type comes from binary data anyone could have shaped: it never reaches a header unchecked.
	if (badType)
		throw new ApplicationError(`The MIME type of "${badType.field}" is not a valid media type`);
	const chunks: Buffer[] = [];
	parts.forEach((part, index) => {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(part.field)}`;
		if (part.filename !== undefined) {
			head += `; filename=${quoted(part.filename)}\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`;
		}
		chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'), values[index], Buffer.from('\r\n', 'utf8'));
	});
	chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
