import { z } from 'zod';

import { fixedCollectionEntries, withSchema } from '../../../shared/fields';
import { intBetween, nonEmptyString } from '../../../shared/validation';
import { asMeta } from './fields';

/*
 * SIP Servers of calling settings: the fixed collection and the check that reads it into Meta's
 * `sip.servers` list.
 */

const hostname = nonEmptyString.refine(
	(v) =>
		/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
			v,
		),
	'must be a host name such as sip.example.com, without scheme or port',
);

const sipServer = z
	.object({
		hostname,
		port: z.union([z.literal(0), z.literal(''), intBetween(1, 65535)]).optional(),
		requestUriUserParams: fixedCollectionEntries(
			'parameter',
			z.object({ key: nonEmptyString, value: z.coerce.string() }),
		),
	})
	.transform((s) => ({
		hostname: s.hostname,
		...(s.port ? { port: Number(s.port) } : {}),
		...(s.requestUriUserParams.length
			? {
					request_uri_user_params: Object.fromEntries(
						s.requestUriUserParams.map((p) => [p.key, p.value]),
					),
				}
			: {}),
	}));

/** SIP servers from the node's fixed collection, in Meta's `sip.servers` shape. */
const sipServersSchema = fixedCollectionEntries('server', sipServer).refine(
	(s) => s.length > 0,
	'must contain at least one server',
);

export const sipServers = withSchema(
	{
		displayName: 'SIP Servers',
		name: 'sipServers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add SIP Server',
		description: asMeta('The SIP servers WhatsApp connects calls to; replaces the stored list'),
		options: [
			{
				displayName: 'Server',
				name: 'server',
				values: [
					{
						displayName: 'Hostname',
						name: 'hostname',
						type: 'string',
						default: '',
						placeholder: 'e.g. sip.example.com',
						description: 'Host name of the SIP server, without scheme or port',
					},
					{
						displayName: 'Port',
						name: 'port',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 65535 },
						default: 0,
						description: 'SIP port; 0 leaves it to WhatsApp',
					},
					{
						displayName: 'Request URI User Parameters',
						name: 'requestUriUserParams',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						default: {},
						placeholder: 'Add Parameter',
						description: 'Parameters added to the user part of the SIP Request-URI',
						options: [
							{
								displayName: 'Parameter',
								name: 'parameter',
								values: [
									{ displayName: 'Key', name: 'key', type: 'string', default: '' },
									{ displayName: 'Value', name: 'value', type: 'string', default: '' },
								],
							},
						],
					},
				],
			},
		],
	},
	sipServersSchema,
);
