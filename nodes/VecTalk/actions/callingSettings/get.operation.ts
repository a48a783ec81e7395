import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { readCollection } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { vecTalk } from '../../transport';
import { SETTINGS_PATH } from './helpers';

/** A copy without any `password` key (SIP digest passwords), at any depth. */
export function withoutPasswords(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutPasswords);
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value as IDataObject)
			.filter(([key]) => key !== 'password')
			.map(([key, inner]) => [key, withoutPasswords(inner)]),
	);
}

const options = optionsCollection([
	{
		displayName: 'Include SIP Credentials',
		name: 'includeSipCredentials',
		type: 'boolean',
		default: false,
		description:
			'Whether to return the SIP password of each SIP server. Warning: the output then holds a password, visible to anyone who can see this execution — switch it on only when a later node needs it.',
	},
]);

export const get: Operation = {
	name: 'Get',
	action: 'Get calling settings',
	description: 'Get the calling settings of the phone number of the credential',
	properties: [options],
	/** https://docs.vectalk.com.br/api-reference/calls/settings */
	async execute(this: IExecuteFunctions, i: number) {
		const include = readCollection(this, i, options).includeSipCredentials === true;
		const settings = await vecTalk.request(this, i, {
			method: 'GET',
			path: SETTINGS_PATH,
			qs: include ? { include_sip_credentials: true } : undefined,
		});
		// The password must not leak into executions unless the user asked for it.
		return include ? settings : (withoutPasswords(settings) as IDataObject);
	},
};
