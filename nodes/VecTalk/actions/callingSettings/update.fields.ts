import { z } from 'zod';

import { fieldsCollection } from '../../../shared/descriptions';
import { withSchema } from '../../../shared/fields';
import { stringList } from '../../../shared/validation';
import { ISO_COUNTRY_CODES } from '../../countries';
import { callHours } from './callHours.fields';
import { asMeta, enabledDisabled } from './fields';
import { sipServers } from './sipServers.fields';

/*
 * The Update Fields of calling settings, each with the check that reads it into Meta's shape (Call
 * Hours and SIP Servers in their own files).
 */

/** ISO 3166-1 alpha-2 codes from a list or comma-separated text, upper-cased, without repeats. */
const countryCodes = stringList
	.transform((codes) => [...new Set(codes.map((c) => c.toUpperCase()))])
	.superRefine((codes, issue) => {
		if (codes.length === 0)
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'must list at least one country code, e.g. BR, PT',
			});
		const unknown = codes.filter((c) => !ISO_COUNTRY_CODES.has(c));
		if (unknown.length) {
			issue.addIssue({
				code: z.ZodIssueCode.custom,
				message: `${unknown.join(', ')} is not an ISO 3166-1 alpha-2 country code`,
			});
		}
	});

export const updateFields = fieldsCollection(
	'updateFields',
	[
		enabledDisabled('Status', 'status', 'Whether WhatsApp calling is on for this number'),
		{
			displayName: 'Call Icon Visibility',
			name: 'callIconVisibility',
			type: 'options',
			options: [
				{
					name: 'Default',
					value: 'DEFAULT',
					description: 'Show the call button in the chat and the business profile',
				},
				{
					name: 'Disable All',
					value: 'DISABLE_ALL',
					description:
						'Hide the call button; users can still call back from a call link or a missed call',
				},
			],
			default: 'DEFAULT',
		},
		enabledDisabled(
			'Callback Permission Status',
			'callbackPermissionStatus',
			asMeta(
				'Whether a user who calls the business automatically allows the business to call back',
			),
		),
		{
			displayName: 'SRTP Key Exchange Protocol',
			name: 'srtpKeyExchangeProtocol',
			type: 'options',
			options: [
				{ name: 'DTLS', value: 'DTLS', description: 'Recommended' },
				{ name: 'SDES', value: 'SDES', description: 'Only with SIP enabled, as Meta documents it' },
			],
			default: 'DTLS',
		},
		enabledDisabled(
			'SIP Status',
			'sipStatus',
			'Whether calls are signalled over SIP instead of the calls API and webhooks',
		),
		sipServers,
		enabledDisabled('Video Status', 'videoStatus', 'Whether video calls are allowed'),
		enabledDisabled('Audio Status', 'audioStatus', asMeta('Whether audio calls are allowed')),
		callHours,
		withSchema(
			{
				displayName: 'Restrict to User Countries',
				name: 'restrictToUserCountries',
				type: 'string',
				default: '',
				placeholder: 'e.g. BR, PT',
				description: asMeta(
					'Show the call button only to users in these countries: ISO 3166-1 alpha-2 codes, separated by commas',
				),
			},
			countryCodes,
		),
	],
	{ description: 'Only the fields you add are sent; the others keep their current values' },
);
