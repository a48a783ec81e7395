import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { idLocator } from '../shared/descriptions';
import { withSchema } from '../shared/fields';
import { nonEmptyString, oneOf } from '../shared/validation';

export const roomIdField: INodeProperties = idLocator({
	name: 'roomId',
	displayName: 'Room',
	description: 'The room, as returned by Room → Create or Get Many',
	placeholder: 'e.g. 000585f36eed9e8fb6b655b4',
	searchListMethod: 'searchRooms',
	urlRegex: 'https?://app\\.pagecall\\.(?:com|net)/([^/?#]+)',
	urlPlaceholder: 'e.g. https://app.pagecall.com/000585f36eed9e8fb6b655b4',
});

const memberTypes = [
	{ name: 'Guest', value: 'guest', description: 'Joins the meeting as a regular participant' },
	{ name: 'Host', value: 'host', description: 'Joins with admin privileges in the room' },
	{
		name: 'Monitor',
		value: 'monitor',
		description: 'Can watch the room but cannot join the meeting',
	},
];

/** A member's role in a room: Guest (Pagecall's default), Host or Monitor. */
export const memberTypeField = (
	displayName: string,
	name: string,
	description?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: memberTypes,
	default: 'guest',
	...(description ? { description } : {}),
});

/** A member type given as text (JSON members); the options fields are checked by their options. */
export const memberType = oneOf(['guest', 'host', 'monitor']);

/** A user ID as Pagecall takes it: your own identifier of the user, non-empty. */
export const userId = nonEmptyString;

export const userIdField = (description: string) =>
	withSchema(
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. external_user_102932',
			description,
		},
		userId,
	);

/** An optional text field sent only when filled in. */
export const optionalText = z
	.union([z.string(), z.number()], { invalid_type_error: 'must be text' })
	.transform((v) => String(v).trim());
