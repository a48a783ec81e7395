import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection } from '../../../shared/descriptions';
import { readCollection, readField, withSchema, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { httpUrl } from '../../../shared/validation';
import { memberTypeField, optionalText, userIdField } from '../../fields';
import { createUser } from './helpers';

const userId = userIdField('Your own ID of the user. Using an existing ID replaces that user.');
const additionalFields = fieldsCollection('additionalFields', [
	memberTypeField(
		'Default Member Type',
		'defaultMemberType',
		'Role of the user in rooms that do not set one (Pagecall default: Guest)',
	),
	withSchema(
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name of the user',
		},
		optionalText,
	),
	withSchema(
		{
			displayName: 'Nickname',
			name: 'nickname',
			type: 'string',
			default: '',
			description: 'Name shown in meetings',
		},
		optionalText,
	),
	withSchema(
		{
			displayName: 'Profile URL',
			name: 'profileUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/avatar.png',
			description: 'URL of the profile picture',
		},
		httpUrl,
	),
]);

export const create: Operation = {
	name: 'Create',
	action: 'Create or replace a user',
	description:
		'Create a user; an existing user with the same ID is replaced. The answer carries its access token.',
	properties: [userId, additionalFields],
	/** https://docs.pagecall.com/references/endpoints/Create_User */
	async execute(this: IExecuteFunctions, i: number) {
		const fields = readCollection(this, i, additionalFields);
		const user = {
			user_id: readField(this, i, userId),
			name: fields.name,
			nickname: fields.nickname,
			profile_url: fields.profileUrl,
			default_member_type: fields.defaultMemberType,
		};
		return await createUser(this, i, setValues(user));
	},
};
