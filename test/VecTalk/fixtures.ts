import type { IDataObject } from 'n8n-workflow';

import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import { credential } from '../kit/mockApi';

/** A made-up instance token for the mock server. */
export const TOKEN = 'vectalk-test-instance';
export const WEBHOOK_SECRET = 'vectalk-webhook-secret';
export const VERIFY_TOKEN = 'my-verify-token';

/** The vecTalkApi credential against `baseUrl`, with `data` changed. */
export const vecTalkCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new VecTalkApi(), {
		apiToken: TOKEN,
		webhookSecret: WEBHOOK_SECRET,
		verifyToken: VERIFY_TOKEN,
		baseUrl,
		...data,
	});
