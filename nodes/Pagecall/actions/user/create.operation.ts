import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { check, httpUrl, param } from '../../../shared/validation';
import { memberType, memberTypeOptions, optionalText, userId, userIdField } from '../fields';
import { createUser } from './helpers';

export const create: Operation = {
	name: 'Create',
	action: 'Create or replace a user',
	description:
		'Create a user; an existing user with the same ID is replaced. The answer carries its access token.',
	properties: [
		userIdField('Your own ID of the user. Using an existing ID replaces that user.'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Default Member Type',
					name: 'defaultMemberType',
					type: 'options',
					options: memberTypeOptions,
					default: 'guest',
					description: 'Role of the user in rooms that do not set one (Pagecall default: Guest)',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Full name of the user',
				},
				{
					displayName: 'Nickname',
					name: 'nickname',
					type: 'string',
					default: '',
					description: 'Name shown in meetings',
				},
				{
					displayName: 'Profile URL',
					name: 'profileUrl',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://example.com/avatar.png',
					description: 'URL of the profile picture',
				},
			],
		},
	],
	/** https://docs.pagecall.com/references/endpoints/Create_User */
	async execute(this: IExecuteFunctions, i: number) {
		const body: IDataObject = {
			user_id: param(this, i, { name: 'userId', displayName: 'User ID' }, userId),
		};
		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const field = (name: string, displayName: string) => ({
			name: `additionalFields.${name}`,
			displayName,
		});
		for (const [key, api, label] of [
			['name', 'name', 'Name'],
			['nickname', 'nickname', 'Nickname'],
		] as const) {
			if (fields[key] !== undefined && fields[key] !== '')
				body[api] = check(this, i, field(key, label), optionalText, fields[key]);
		}
		if (fields.profileUrl !== undefined && fields.profileUrl !== '') {
			body.profile_url = check(
				this,
				i,
				field('profileUrl', 'Profile URL'),
				httpUrl,
				fields.profileUrl,
			);
		}
		if (fields.defaultMemberType !== undefined) {
			body.default_member_type = check(
				this,
				i,
				field('defaultMemberType', 'Default Member Type'),
				memberType,
				fields.defaultMemberType,
			);
		}
		return await createUser(this, i, body);
	},
};
