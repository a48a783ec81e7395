import { VecTalkApi } from '../../credentials/VecTalkApi.credentials';
import { passwordFields } from '../shared/secrets';
import { ApiClient } from '../shared/transport/client';
import type { ProviderErrorInfo } from '../shared/transport/errors';
import { genericErrorInfo } from '../shared/transport/errors';

interface GraphError {
	message?: unknown;
	error_user_msg?: unknown;
	code?: unknown;
	error_data?: { details?: unknown };
}

/**
 * VecTalk proxies Meta's WhatsApp Cloud API, so an error body is either Meta's
 * `{ error: { message, code, error_data: { details } } }` or VecTalk's own `{ error | message }`.
 */
export function parseVecTalkError(body: unknown): ProviderErrorInfo {
	const graph = (body as { error?: GraphError } | undefined)?.error;
	if (graph && typeof graph === 'object') {
		const text = [graph.error_user_msg ?? graph.message, graph.error_data?.details]
			.filter((part): part is string => typeof part === 'string' && part !== '')
			.join(' — ');
		const code =
			typeof graph.code === 'number' || typeof graph.code === 'string' ? graph.code : undefined;
		return { message: text || undefined, code };
	}
	return genericErrorInfo(body);
}

/** VecTalk API: https://docs.vectalk.com.br/api-reference/calls/settings; the number is the token's. */
export const vecTalk = new ApiClient({
	name: 'VecTalk',
	credentialType: 'vecTalkApi',
	secretFields: passwordFields(new VecTalkApi()),
	parseError: parseVecTalkError,
	hints: {
		400: 'WhatsApp rejected the values. Calling needs a number with a messaging limit of at least 2,000 business-initiated conversations; check the fields named in the message. Fields and limits marked "as Meta documents it" (such as two ranges a day, 20 holidays, SDES only with SIP) are left to VecTalk to judge.',
		401: 'Check the API token in the VecTalk credential: it is the instance token of one phone number in the VecTalk panel.',
		404: 'VecTalk does not know this call (it may have ended already). Check the Call ID: it is the "id" of a connect event of the VecTalk Trigger.',
	},
});
