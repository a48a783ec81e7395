// Signs a Whereby webhook delivery independently of the node's code:
// Whereby-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>.
import { createHmac } from 'node:crypto';

export function wherebySignature(secret: string, t: number, rawBody: string): string {
	return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex')}`;
}
