import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { Operation } from '../../../shared/operations';
import { check, isSecureUrl, nonEmptyString, oneOf, param } from '../../../shared/validation';
import { webhookHeaders, webhookSecret } from '../../secret';
import { roomBody } from './create.body';
import { createAdditionalFields, roomTypeOptions } from './create.fields';
import { roomRequest } from './helpers';

const WEBHOOK_URL = { name: 'webhookUrl', displayName: 'Webhook URL' };
const HTTPS_ONLY =
	'must be an https:// URL (http:// only for localhost): every delivery carries the Webhook Secret of the credential';

export const create: Operation = {
	name: 'Create',
	action: 'Create a room',
	description: 'Create a meeting room, optionally with members and a join/leave webhook',
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Weekly Meet',
			description: 'Human-readable name of the room',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			required: true,
			options: roomTypeOptions,
			default: 'private',
			description: 'Who can join and replay the meeting',
		},
		createAdditionalFields,
	],
	/** https://docs.pagecall.com/references/endpoints/Create_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const name = param(this, i, { name: 'name', displayName: 'Name' }, nonEmptyString);
		const type = param(
			this,
			i,
			{ name: 'type', displayName: 'Type' },
			oneOf(['open', 'public', 'private']),
		);
		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const { body, webhookUrl, headers } = roomBody(this, i, fields);
		const secret = await webhookSecret(this);
		if (webhookUrl && secret) {
			// The secret travels in a header of every delivery: only over https (or to this machine).
			check(this, i, WEBHOOK_URL, z.string().refine(isSecureUrl, HTTPS_ONLY), webhookUrl);
		}
		if (webhookUrl) body.webhook = { url: webhookUrl, headers: webhookHeaders(headers, secret) };
		return await roomRequest(this, i, {
			method: 'POST',
			path: '/rooms',
			body: { name, type, ...body },
		});
	},
};
