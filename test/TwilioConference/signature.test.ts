import { createHash, createHmac, randomBytes } from 'crypto';

import type { Params } from '../../nodes/TwilioConference/signature';
import {
	isTwilioSignatureValid,
	portVariants,
	signedData,
	twilioSignature,
} from '../../nodes/TwilioConference/signature';

// Official vectors: twilio-php tests/Twilio/Unit/RequestValidatorTest.php and twilio-csharp (API-NOTES.md §B).
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS: Params = [
	['CallSid', 'CA1234567890ABCDE'],
	['Caller', '+14158675309'],
	['Digits', '1234'],
	['From', '+14158675309'],
	['To', '+18005551212'],
];
const form = (params: Params) => Buffer.from(new URLSearchParams(params).toString());

describe('Twilio signature: official test vectors', () => {
	it.each([
		['the documented URL and params', URL, PARAMS, 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
		[
			'https with :443',
			'https://mycompany.com:443/myapp.php?foo=1&bar=2',
			PARAMS,
			'kvajT1Ptam85bY51eRf/AJRuM3w=',
		],
		[
			'http with :80',
			'http://mycompany.com:80/myapp.php?foo=1&bar=2',
			PARAMS,
			'0ZXoZLH/DfblKGATFgpif+LLRf4=',
		],
		[
			'a non-default port',
			'http://mycompany.com:1234/myapp.php?foo=1&bar=2',
			PARAMS,
			'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=',
		],
		[
			'an upper-case host (csharp)',
			'https://MyCompany.com/myapp.php?foo=1&bar=2',
			PARAMS,
			'g9IN/x4Cft2g517EjYvEvM/W7LU=',
		],
		[
			'an upper-case host with port (csharp)',
			'https://MyCompany.com:1234/myapp.php?foo=1&bar=2',
			PARAMS,
			'PCqOZm8cnu/L6+u5i5fuEd+Iac4=',
		],
		[
			'a repeated parameter (values de-duplicated and sorted)',
			URL,
			[
				['Sid', 'CA123'],
				['SidAccount', 'AC123'],
				['Digits', '5678'],
				['Digits', '1234'],
				['Digits', '1234'],
			] as Params,
			'IK+Dwps556ElfBT0I3Rgjkr1wJU=',
		],
	])('computes the vector for %s', (_name, url, params, signature) => {
		expect(twilioSignature(TOKEN, url, params)).toBe(signature);
		expect(
			isTwilioSignatureValid({
				header: signature,
				urls: [url],
				rawBody: form(params),
				authToken: TOKEN,
			}),
		).toBe(true);
	});

	it('accepts the documented signature when the URL arrives with or without the default port', () => {
		const rawBody = form(PARAMS);
		const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
		expect(
			isTwilioSignatureValid({
				header: 'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
				urls: [withPort],
				rawBody,
				authToken: TOKEN,
			}),
		).toBe(true);
		expect(
			isTwilioSignatureValid({
				header: 'kvajT1Ptam85bY51eRf/AJRuM3w=',
				urls: [URL],
				rawBody,
				authToken: TOKEN,
			}),
		).toBe(true);
		const otherPort = 'https://mycompany.com:8443/myapp.php?foo=1&bar=2';
		expect(
			isTwilioSignatureValid({
				header: 'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
				urls: [otherPort],
				rawBody,
				authToken: TOKEN,
			}),
		).toBe(false);
	});

	it('validates a JSON body through bodySHA256 (official vector)', () => {
		const rawBody = Buffer.from('{"property": "value", "boolean": true}');
		const hash = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620';
		const url = `${URL}&bodySHA256=${hash}`;
		expect(createHash('sha256').update(rawBody).digest('hex')).toBe(hash);
		expect(twilioSignature(TOKEN, url, [])).toBe('a9nBmqA0ju/hNViExpshrM61xv4=');
		expect(
			isTwilioSignatureValid({
				header: 'a9nBmqA0ju/hNViExpshrM61xv4=',
				urls: [url],
				rawBody,
				authToken: TOKEN,
			}),
		).toBe(true);
		const tampered = Buffer.from('{"property": "value", "boolean": false}');
		expect(
			isTwilioSignatureValid({
				header: 'a9nBmqA0ju/hNViExpshrM61xv4=',
				urls: [url],
				rawBody: tampered,
				authToken: TOKEN,
			}),
		).toBe(false);
	});

	it('builds the signed string as URL + sorted name/value pairs', () => {
		expect(
			signedData('https://x.test/a', [
				['b', '2'],
				['a', '1'],
				['B', '3'],
			]),
		).toBe('https://x.test/aB3a1b2');
		expect(portVariants('https://x.test/a')).toEqual(['https://x.test/a', 'https://x.test:443/a']);
		expect(portVariants('http://x.test:80/a?q=1')).toEqual([
			'http://x.test:80/a?q=1',
			'http://x.test/a?q=1',
		]);
		expect(portVariants('http://x.test:8080/a')).toEqual(['http://x.test:8080/a']);
	});

	it.each([
		['a wrong signature', 'RSOYDt4T1cUTdK1PDd93/VVr8B8X'],
		['an empty signature', ''],
		['no signature', undefined],
		['a signature of other length', 'abc'],
	])('refuses %s', (_name, header) => {
		expect(
			isTwilioSignatureValid({ header, urls: [URL], rawBody: form(PARAMS), authToken: TOKEN }),
		).toBe(false);
	});

	it('refuses everything without an auth token', () => {
		const header = twilioSignature('', URL, PARAMS);
		expect(
			isTwilioSignatureValid({ header, urls: [URL], rawBody: form(PARAMS), authToken: '' }),
		).toBe(false);
	});
});

/** An independent reference implementation, written from Twilio's documentation. */
function reference(token: string, url: string, params: Params): string {
	const names = [...new Set(params.map(([k]) => k))].sort();
	let data = url;
	for (const name of names) {
		const values = [...new Set(params.filter(([k]) => k === name).map(([, v]) => v))].sort();
		for (const v of values) data += name + v;
	}
	return createHmac('sha1', token).update(data, 'utf8').digest('base64');
}

const randomText = (n: number) => {
	const alphabet = 'abcXYZ019 +-_.:/&=?%é€😀';
	return Array.from(
		{ length: n },
		() => [...alphabet][randomBytes(1)[0] % [...alphabet].length],
	).join('');
};

describe('Twilio signature: randomized payloads', () => {
	it('agrees with the reference on 200 random deliveries and catches any tampering', () => {
		for (let run = 0; run < 200; run++) {
			const token = randomBytes(16).toString('hex');
			const url = `https://n8n-${run}.example.test/webhook/${randomBytes(4).toString('hex')}/webhook${run % 3 === 0 ? '?x=' + run : ''}`;
			const names = [
				'StatusCallbackEvent',
				'ConferenceSid',
				'FriendlyName',
				'CallSid',
				'Muted',
				'Timestamp',
				'a',
				'A',
				'Ω',
			];
			const params: Params = Array.from({ length: 1 + (randomBytes(1)[0] % 12) }, () => [
				names[randomBytes(1)[0] % names.length],
				randomText(randomBytes(1)[0] % 20),
			]);
			const rawBody = form(params);
			const signature = reference(token, url, params);
			expect(twilioSignature(token, url, params)).toBe(signature);
			// the order of parameters in the body does not matter
			const shuffled = form([...params].reverse());
			expect(
				isTwilioSignatureValid({
					header: signature,
					urls: [url],
					rawBody: shuffled,
					authToken: token,
				}),
			).toBe(true);
			const tampered = form([...params, ['Injected', 'yes']]);
			expect(
				isTwilioSignatureValid({
					header: signature,
					urls: [url],
					rawBody: tampered,
					authToken: token,
				}),
			).toBe(false);
			expect(
				isTwilioSignatureValid({
					header: signature,
					urls: [url + '/other'],
					rawBody,
					authToken: token,
				}),
			).toBe(false);
			expect(
				isTwilioSignatureValid({ header: signature, urls: [url], rawBody, authToken: token + 'x' }),
			).toBe(false);
		}
	});
});
