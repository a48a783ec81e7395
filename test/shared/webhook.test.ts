import { hmac, safeEqual, verifySignature } from '../../nodes/shared/webhook';

describe('safeEqual', () => {
	it('is true only for identical strings', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
		expect(safeEqual('', '')).toBe(true);
		expect(safeEqual('é', 'e\u0301')).toBe(false);
	});
});

describe('hmac', () => {
	it('matches the published HMAC-SHA256 check value (key "secret", message "test")', () => {
		expect(hmac('sha256', 'secret', 'test', 'hex')).toBe(
			'0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914',
		);
	});

	it('matches RFC 2202 test case 2 for HMAC-SHA1', () => {
		expect(hmac('sha1', 'Jefe', 'what do ya want for nothing?', 'hex')).toBe(
			'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
		);
	});
});

describe('verifySignature', () => {
	const now = 1_700_000_000_000;
	const expected = hmac('sha256', 'k', 'body', 'hex');

	it('accepts the right signature without a timestamp', () => {
		expect(verifySignature({ expected, received: expected })).toBe(true);
	});

	it('accepts any of several expected signatures', () => {
		expect(verifySignature({ expected: ['nope', expected], received: expected })).toBe(true);
	});

	it.each([
		['a wrong signature', expected.replace(/.$/, (c) => (c === '0' ? '1' : '0'))],
		['a shorter signature', expected.slice(0, -2)],
		['a longer signature', `${expected}00`],
		['an empty signature', ''],
		['no signature', undefined],
		['a non-string signature', ['x']],
	])('refuses %s', (_what, received) => {
		expect(verifySignature({ expected, received })).toBe(false);
	});

	it.each([
		['299 s old', -299, true],
		['301 s old', -301, false],
		['301 s ahead', 301, false],
		['not a number', Number.NaN, false],
	])('with a 300 s window, a timestamp %s gives %p', (_what, offset, valid) => {
		const timestamp = now / 1000 + offset;
		expect(
			verifySignature({ expected, received: expected, timestamp, toleranceSeconds: 300, now }),
		).toBe(valid);
	});

	it('refuses a check that asks for a window but has no timestamp', () => {
		expect(verifySignature({ expected, received: expected, toleranceSeconds: 300 })).toBe(false);
	});
});
