import type { IsAuthentic } from '../shared/trigger';
import { verifySignature } from '../shared/webhook';
import { SECRET_HEADER } from './secret';

/**
 * Whether a delivery to the Pagecall Trigger carries the credential's Webhook Secret in its secret
 * header (constant time). Pagecall signs nothing: that header, set at room creation, is the only
 * proof, so without a secret nothing is authentic.
 * https://docs.pagecall.com/references/endpoints/Create_Room (Webhook)
 */
export const isAuthentic: IsAuthentic = (ctx, credentials) => {
	const secret = String(credentials.webhookSecret ?? '');
	return (
		secret !== '' &&
		verifySignature({
			expected: secret,
			received: ctx.getHeaderData()[SECRET_HEADER.toLowerCase()],
		})
	);
};
