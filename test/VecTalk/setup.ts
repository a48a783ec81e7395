import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import type { TestCredential } from '../kit/harness';

/** A made-up instance token for the mock server. */
export const TOKEN = 'vectalk-test-instance';
export const WEBHOOK_SECRET = 'vectalk-webhook-secret';
export const VERIFY_TOKEN = 'my-verify-token';

/** The vecTalkApi credential against a mock server base URL. */
export const vecTalkCredentials = (
	baseUrl: string,
	data: Record<string, string> = {},
): Record<string, TestCredential> => ({
	vecTalkApi: {
		type: new VecTalkApi(),
		data: {
			apiToken: TOKEN,
			webhookSecret: WEBHOOK_SECRET,
			verifyToken: VERIFY_TOKEN,
			baseUrl,
			...data,
		},
	},
});
