import type { IDataObject } from 'n8n-workflow';

import { Whereby } from '../../nodes/Whereby/Whereby.node';
import { HIDDEN, hideSecrets } from '../../nodes/shared/secrets';
import { runNode } from '../kit/harness';
import { mockServer } from '../kit/mockApi';
import { nodeDoing, testClient, testCredentials } from './fixtures';
import { PROVIDERS } from './providers';

// Issue 11, class 5: secrets are scrubbed wherever they appear, even quoted back inside longer text.
const server = mockServer();

const quoting = (secrets: string[]) =>
	`invalid credentials: "${secrets.join('", "')}" (${secrets.map((s) => encodeURIComponent(s)).join(' ')}) <${secrets[0]}>`;

describe.each(PROVIDERS)('$name', (provider) => {
	const route = () => new RegExp(`^${provider.basePath}/`);

	it('hides every credential secret a provider quotes back in an error', async () => {
		server.on(provider.byId.method, route(), {
			status: 400,
			body: { message: quoting(provider.secrets), error: quoting(provider.secrets) },
		});
		const result = await runNode(provider.node, {
			credentials: provider.credentials(server.url),
			parameters: provider.byId.parameters(provider.byId.validId),
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toContain(HIDDEN);
		const everything = JSON.stringify({
			...result.error,
			message: result.error?.message,
			description: result.error?.description,
			stack: result.error?.stack,
		});
		for (const secret of provider.secrets) expect(everything).not.toContain(secret);
	});

	it('hides them in continue-on-fail error items too', async () => {
		server.on(provider.byId.method, route(), {
			status: 422,
			body: { message: quoting(provider.secrets) },
		});
		const result = await runNode(provider.node, {
			credentials: provider.credentials(server.url),
			parameters: provider.byId.parameters(provider.byId.validId),
			continueOnFail: true,
			items: [{}, {}],
		});
		expect(result.items).toHaveLength(2);
		const output = JSON.stringify(result.items);
		expect(output).toContain(HIDDEN);
		for (const secret of provider.secrets) expect(output).not.toContain(secret);
	});
});

describe('kernel', () => {
	const run = (token: string, answer: IDataObject) => {
		server.on('GET', '/echo', { body: answer });
		return runNode(
			nodeDoing(async function (i) {
				return await testClient({ secretFields: ['token'] }).request(this, i, {
					method: 'GET',
					path: '/echo',
				});
			}),
			{
				credentials: testCredentials(server.url, token),
				parameters: { resource: 'thing', operation: 'run' },
			},
		);
	};

	it('hides a secret quoted back in a successful answer, in values and keys', async () => {
		const token = 'tok-0123456789';
		const result = await run(token, {
			note: `your token ${token} works`,
			[token]: 1,
			list: [`x${token}x`],
		});
		expect(result.items[0].json).toEqual({
			note: `your token ${HIDDEN} works`,
			[HIDDEN]: 1,
			list: [`x${HIDDEN}x`],
		});
	});

	it('counts a whitespace-only secret as no secret', async () => {
		const result = await run('   ', { note: 'a   b' });
		expect(result.items[0].json).toEqual({ note: 'a   b' });
	});

	it('hides short secrets only where a whole value equals them', () => {
		expect(hideSecrets('abc', ['abc'])).toBe(HIDDEN);
		expect(hideSecrets('xabcx', ['abc'])).toBe('xabcx');
		expect(hideSecrets('a&#34;b-long &#34;', ['"'])).toBe('a&#34;b-long &#34;');
		expect(hideSecrets('q=p%40ss-word-1', ['p@ss-word-1'])).toBe(`q=${HIDDEN}`);
	});

	it('hides a secret the user typed into a password field (S3 key) when Whereby quotes it back', async () => {
		const s3Secret = 'AKIA-very-secret-key-value';
		server.on('POST', '/meetings', { status: 400, body: { error: `S3 rejected key ${s3Secret}` } });
		const result = await runNode(new Whereby(), {
			credentials: PROVIDERS[0].credentials(server.url),
			parameters: {
				resource: 'meeting',
				operation: 'create',
				endDate: '2099-01-01T00:00:00Z',
				additionalFields: {
					recording: {
						settings: {
							type: 'cloud',
							destinationProvider: 's3',
							bucket: 'b',
							authenticationType: 'accessKey',
							accessKeyId: 'id',
							accessKeySecret: s3Secret,
						},
					},
				},
			},
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toContain(HIDDEN);
		expect(
			JSON.stringify({ m: result.error?.message, d: result.error?.description, e: result.error }),
		).not.toContain(s3Secret);
	});
});
