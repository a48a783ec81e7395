import { bearerAuth } from '../../credentials/bearer';

describe('bearerAuth', () => {
	it('adds Authorization: Bearer <token> from the named property and keeps the other headers', async () => {
		const options = { url: 'https://api.example.test/x', headers: { Accept: 'application/json' } };
		const authenticated = await bearerAuth('apiKey')({ apiKey: 'k-123', other: 'x' }, options);
		expect(authenticated.headers).toEqual({
			Accept: 'application/json',
			Authorization: 'Bearer k-123',
		});
		expect(authenticated.url).toBe('https://api.example.test/x');
		expect(options.headers).toEqual({ Accept: 'application/json' });
	});

	it('works without existing headers', async () => {
		const authenticated = await bearerAuth('apiToken')({ apiToken: 't' }, { url: '/y' });
		expect(authenticated.headers).toEqual({ Authorization: 'Bearer t' });
	});
});
