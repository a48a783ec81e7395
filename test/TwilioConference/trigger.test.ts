import { createHash } from 'crypto';
import type { IWebhookFunctions } from 'n8n-workflow';

import { signedUrls, twilioSignature } from '../../nodes/TwilioConference/signature';
import { TwilioConferenceTrigger } from '../../nodes/TwilioConference/TwilioConferenceTrigger.node';
import { callWebhook, WEBHOOK_BASE_URL } from '../kit/harness';
import { ACCOUNT, AUTH_TOKEN, CA, CF, KEY_SECRET, KEY_SID, twilioCredentials } from './fixtures';

const trigger = new TwilioConferenceTrigger();
const URL = `${WEBHOOK_BASE_URL}/test-webhook-id/webhook`;
const FORM = 'application/x-www-form-urlencoded';

const callback = (event: string, extra: Array<[string, string]> = []): Array<[string, string]> => [
	['AccountSid', ACCOUNT],
	['ConferenceSid', CF],
	['FriendlyName', 'daily standup'],
	['SequenceNumber', '3'],
	['StatusCallbackEvent', event],
	['Timestamp', 'Thu, 1 Jun 2017 20:48:32 +0000'],
	['CallSid', CA],
	['Muted', 'false'],
	['Hold', 'false'],
	['Coaching', 'false'],
	['EndConferenceOnExit', 'false'],
	['StartConferenceOnEnter', 'true'],
	...extra,
];

function deliver(
	params: Array<[string, string]>,
	opts: {
		token?: string;
		url?: string;
		signature?: string;
		query?: Record<string, string>;
		events?: string[];
		skip?: boolean;
		credentials?: Record<string, string>;
	} = {},
) {
	const rawBody = new URLSearchParams(params).toString();
	const signature =
		opts.signature ?? twilioSignature(opts.token ?? AUTH_TOKEN, opts.url ?? URL, params);
	return callWebhook(
		trigger,
		{
			credentials: twilioCredentials('https://api.twilio.com', opts.credentials),
			parameters: {
				events: opts.events ?? ['participant-join', 'participant-leave'],
				options: { outputFormat: 'raw', ...(opts.skip ? { skipSignatureVerification: true } : {}) },
			},
		},
		{
			headers: { 'content-type': FORM, 'x-twilio-signature': signature },
			rawBody,
			query: opts.query,
		},
	);
}

describe('Twilio Conference Trigger', () => {
	it('runs once for a signed participant-join, with the parameters as Twilio names them', async () => {
		const params = callback('participant-join', [['ParticipantLabel', 'customer']]);
		const res = await deliver(params);
		expect([res.answered, res.body]).toEqual([true, { received: true, started: true }]);
		expect(res.result.workflowData).toEqual([[{ json: Object.fromEntries(params) }]]);
	});

	it('answers 401 and starts no run for a forged signature or a wrong auth token', async () => {
		for (const opts of [
			{ token: 'not-the-token' },
			{ signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
			{ signature: '' },
			{ url: `${URL}/other` },
		]) {
			const res = await deliver(callback('participant-join'), opts);
			expect([res.status, res.answered, res.result.workflowData]).toEqual([401, true, undefined]);
		}
	});

	it('answers 401 when a parameter was changed after signing', async () => {
		const params = callback('participant-leave');
		const signature = twilioSignature(AUTH_TOKEN, URL, params);
		const changed = params.map(([k, v]) => [k, k === 'Muted' ? 'true' : v] as [string, string]);
		const res = await deliver(changed, { signature });
		expect(res.status).toBe(401);
	});

	it('accepts the signature over the URL with the default port, as Twilio may send it', async () => {
		const res = await deliver(callback('participant-join'), {
			url: URL.replace('https://n8n.example.test/', 'https://n8n.example.test:443/'),
		});
		expect(res.result.workflowData).toHaveLength(1);
	});

	it('includes the query string of the request in the signed URL', async () => {
		const ok = await deliver(callback('participant-join'), {
			url: `${URL}?team=blue`,
			query: { team: 'blue' },
		});
		expect(ok.result.workflowData).toHaveLength(1);
		const bad = await deliver(callback('participant-join'), { url: URL, query: { team: 'blue' } });
		expect(bad.status).toBe(401);
	});

	it('answers 200 and starts no run for an authentic delivery of an event that is not selected', async () => {
		const res = await deliver(callback('participant-mute'));
		expect([res.status, res.answered, res.body]).toEqual([
			200,
			true,
			{ received: true, started: false },
		]);
		expect(res.result.workflowData).toBeUndefined();
	});

	it.each(['conference-start', 'conference-end', 'participant-speech-start', 'announcement-fail'])(
		'runs for the selected event %s',
		async (event) => {
			const res = await deliver(callback(event), { events: [event] });
			expect(res.result.workflowData?.[0][0].json.StatusCallbackEvent).toBe(event);
		},
	);

	it('without an Auth Token (API key credential) answers 401, unless verification is skipped', async () => {
		const apiKey = {
			authType: 'apiKey',
			apiKeySid: KEY_SID,
			apiKeySecret: KEY_SECRET,
			authToken: '',
		};
		const refused = await deliver(callback('participant-join'), { credentials: apiKey, token: '' });
		expect(refused.status).toBe(401);
		const skipped = await deliver(callback('participant-join'), {
			credentials: apiKey,
			signature: 'anything',
			skip: true,
		});
		expect(skipped.result.workflowData).toHaveLength(1);
	});

	it('verifies an API key credential that also holds the Auth Token', async () => {
		const res = await deliver(callback('participant-join'), {
			credentials: { authType: 'apiKey', apiKeySid: KEY_SID, apiKeySecret: KEY_SECRET },
		});
		expect(res.result.workflowData).toHaveLength(1);
	});

	it('keeps repeated parameters as a list in the output and in the signature', async () => {
		const params = callback('participant-join', [
			['Tag', 'b'],
			['Tag', 'a'],
		]);
		const res = await deliver(params);
		expect(res.result.workflowData?.[0][0].json.Tag).toEqual(['b', 'a']);
	});

	it('verifies a JSON body through bodySHA256 in the URL and outputs the parsed body', async () => {
		const rawBody = JSON.stringify({ StatusCallbackEvent: 'participant-join', ConferenceSid: CF });
		const hash = createHash('sha256').update(rawBody).digest('hex');
		const setup = {
			credentials: twilioCredentials('https://api.twilio.com'),
			parameters: { events: ['participant-join'], options: { outputFormat: 'raw' } },
		};
		const call = (body: string, signature: string) =>
			callWebhook(trigger, setup, {
				headers: { 'content-type': 'application/json', 'x-twilio-signature': signature },
				rawBody: body,
				query: { bodySHA256: hash },
			});
		const signature = twilioSignature(AUTH_TOKEN, `${URL}?bodySHA256=${hash}`, []);
		const ok = await call(rawBody, signature);
		expect(ok.result.workflowData).toEqual([[{ json: JSON.parse(rawBody) }]]);
		const tampered = await call(rawBody.replace('join', 'leave'), signature);
		expect(tampered.status).toBe(401);
	});
});

describe('signed URL candidates', () => {
	const ctx = (req: object) =>
		({
			getRequestObject: () => req,
			getNodeWebhookUrl: () => 'https://n8n.example.com/webhook/abc/webhook',
		}) as unknown as IWebhookFunctions;

	it('uses the public Production URL with the raw query string, and the received path for the Test URL', () => {
		expect(signedUrls(ctx({ originalUrl: '/webhook/abc/webhook?b=2&a=1' }))).toEqual([
			'https://n8n.example.com/webhook/abc/webhook?b=2&a=1',
		]);
		expect(signedUrls(ctx({ originalUrl: '/webhook-test/abc/webhook' }))).toEqual([
			'https://n8n.example.com/webhook/abc/webhook',
			'https://n8n.example.com/webhook-test/abc/webhook',
		]);
	});
});
