import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { fieldsCollection, returnAllLimit } from '../../../shared/descriptions';
import { readCollection, readField, readLimit, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { invalidField, nonEmptyString } from '../../../shared/validation';
import { sortByField } from '../../fields';
import { wherebyList } from '../../transport';

/** Optional: empty means "search by External ID". */
const roomSessionId = withSchema(
	{
		displayName: 'Room Session ID',
		name: 'roomSessionId',
		type: 'string',
		default: '',
		description:
			'The session, from Get Room Sessions or a trigger event. Leave empty to search by External ID (a filter) instead.',
	},
	z.preprocess((v) => (v === '' ? undefined : v), nonEmptyString.optional()),
);

const filters = fieldsCollection('filters', [
	withSchema(
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The externalId URL parameter participants joined with',
		},
		nonEmptyString,
	),
	sortByField([
		['joinedAt', 'Joined At'],
		['leftAt', 'Left At'],
	]),
]);

export const getParticipants: Operation = {
	name: 'Get Participants',
	action: 'Get participants of a session',
	description: 'List who took part in a room session, or everyone who joined with an external ID',
	properties: [roomSessionId, ...returnAllLimit(), filters],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/insights */
	async execute(this: IExecuteFunctions, i: number) {
		const session = readField<string | undefined>(this, i, roomSessionId, '');
		const f = readCollection(this, i, filters);
		if (session === undefined && f.externalId === undefined)
			throw invalidField(this, i, roomSessionId, 'set it, or the External ID filter');
		const qs: IDataObject = session === undefined ? f : { roomSessionId: session, ...f };
		return await wherebyList(this, i, '/insights/participants', qs, readLimit(this, i));
	},
};
