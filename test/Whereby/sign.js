// Signs a Whereby webhook delivery independently of the node's code (plain JS: tests may not
// import Node built-ins). Whereby-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>.
const { createHmac } = require('node:crypto');

/** @param {string} secret @param {number} t unix seconds @param {string} rawBody */
function wherebySignature(secret, t, rawBody) {
	return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex')}`;
}

module.exports = { wherebySignature };
