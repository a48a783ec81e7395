import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readCollection, readField, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { invalidField, isSecureUrl } from '../../../shared/validation';
import { webhookHeaders, webhookSecret } from '../../secret';
import { additionalFields, nameField, typeField, webhookUrlField } from './create.fields';
import { roomRequest } from './helpers';

/** Webhook URL as errors about it name it: by its path in Additional Fields. */
const WEBHOOK_URL = {
	name: `${additionalFields.name}.${webhookUrlField.name}`,
	displayName: webhookUrlField.displayName,
};
const HTTPS_ONLY =
	'must be an https:// URL (http:// only for localhost): every delivery carries the Webhook Secret of the credential';

export const create: Operation = {
	name: 'Create',
	action: 'Create a room',
	description: 'Create a meeting room, optionally with members and a join/leave webhook',
	properties: [nameField, typeField, additionalFields],
	/** https://docs.pagecall.com/references/endpoints/Create_Room */
	async execute(this: IExecuteFunctions, i: number) {
		const name = readField(this, i, nameField);
		const type = readField(this, i, typeField);
		const fields = readCollection(this, i, additionalFields);
		const members = [
			...((fields.members ?? []) as IDataObject[]),
			...((fields.membersJson ?? []) as IDataObject[]),
		];
		const headers = (fields.webhookHeaders ?? []) as Array<{ name: string; value: string }>;
		const webhookUrl = fields.webhookUrl as string | undefined;
		if (!webhookUrl && headers.length > 0)
			throw invalidField(this, i, WEBHOOK_URL, 'is needed when Webhook Headers are set');
		const body: IDataObject = setValues({
			name,
			type,
			record: fields.record,
			max_meeting_seconds: fields.maxMeetingSeconds,
			members,
		});
		if (webhookUrl) {
			const secret = await webhookSecret(this);
			// The secret travels in a header of every delivery: only over https (or to this machine).
			if (secret && !isSecureUrl(webhookUrl)) throw invalidField(this, i, WEBHOOK_URL, HTTPS_ONLY);
			const given = Object.fromEntries(headers.map((h) => [h.name, h.value]));
			body.webhook = { url: webhookUrl, headers: webhookHeaders(given, secret) };
		}
		return await roomRequest(this, i, { method: 'POST', path: '/rooms', body });
	},
};
