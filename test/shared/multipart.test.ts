import { isMediaType, multipartBody } from '../../nodes/shared/transport/multipart';

describe('multipartBody', () => {
	it.each([
		'image/png\r\nX-Evil: 1',
		'image/png\n',
		'image',
		'',
		'image/png; a="\u0007"',
		'text/plain; charset',
	])('refuses the content type %j of a file part', (contentType) => {
		expect(() => multipartBody([{ field: 'f', value: 'x', filename: 'f', contentType }])).toThrow(
			'The MIME type of "f" is not a valid media type',
		);
	});

	it.each([
		'image/png',
		'image/svg+xml',
		'text/plain; charset=utf-8',
		'text/plain;charset="utf-8"',
	])('accepts %j', (contentType) => {
		expect(isMediaType(contentType)).toBe(true);
	});

	it('builds fields and files exactly as RFC 7578 lays them out', () => {
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0xff]);
		const { body, contentType } = multipartBody(
			[
				{ field: 'note', value: 'hello' },
				{ field: 'image', value: png, filename: 'logo.png', contentType: 'image/png' },
			],
			'XyZ',
		);
		expect(contentType).toBe('multipart/form-data; boundary=XyZ');
		const expected = Buffer.concat([
			Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n'),
			Buffer.from(
				'--XyZ\r\nContent-Disposition: form-data; name="image"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n',
			),
			png,
			Buffer.from('\r\n--XyZ--\r\n'),
		]);
		expect(body.equals(expected)).toBe(true);
	});

	it('keeps binary bytes intact and defaults the file type', () => {
		const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
		const { body } = multipartBody([{ field: 'f', value: bytes, filename: 'x.bin' }], 'B');
		expect(body.includes(bytes)).toBe(true);
		expect(body.toString('latin1')).toContain('Content-Type: application/octet-stream\r\n\r\n');
	});

	it('escapes quotes and line breaks in names so that no header can be injected', () => {
		const { body } = multipartBody(
			[{ field: 'a"b', value: 'v', filename: 'evil"\r\nX-Injected: 1.png' }],
			'B',
		);
		const text = body.toString('utf8');
		expect(text).toContain('name="a%22b"; filename="evil%22%0D%0AX-Injected: 1.png"');
		expect(text).not.toContain('\r\nX-Injected');
	});

	it('picks a random boundary, and a new one when the content contains it', () => {
		const first = multipartBody([{ field: 'a', value: 'x' }]);
		const second = multipartBody([{ field: 'a', value: 'x' }]);
		expect(first.contentType).toMatch(
			/^multipart\/form-data; boundary=----n8nFormBoundary[A-Za-z0-9]{24}$/,
		);
		expect(first.contentType).not.toBe(second.contentType);
		const clash = multipartBody([{ field: 'a', value: 'contains --B inside' }], 'B');
		expect(clash.contentType).not.toBe('multipart/form-data; boundary=B');
		const boundary = clash.contentType.split('boundary=')[1];
		expect(clash.body.toString().startsWith(`--${boundary}\r\n`)).toBe(true);
	});
});
