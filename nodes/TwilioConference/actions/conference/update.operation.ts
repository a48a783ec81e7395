import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { httpUrl, oneOf, param } from '../../../shared/validation';
import { conferenceSidField, methodOption, urlOption } from '../../fields';
import { readCollection } from '../../params';
import { conferenceSid as conferenceSidSchema, HTTP_METHODS } from '../../schemas';
import { accountSid, twilio } from '../../transport';

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		methodOption(
			'Announce Method',
			'announceMethod',
			'The HTTP method Twilio uses to fetch the Announce URL',
		),
		urlOption(
			'Announce URL',
			'announceUrl',
			'An MP3 or WAV file, or TwiML with Play, Say, Pause or Redirect verbs, that Twilio plays into the conference',
		),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{
					name: 'Completed',
					value: 'completed',
					description: 'End the conference and hang up every participant',
				},
			],
			default: 'completed',
			description:
				'Completed is the only status Twilio takes here, and it does what the operation "End" does; prefer End. It stays for workflows that already end conferences with Update.',
		},
	],
};

/** Reads and checks the update fields; an update without any field is refused. */
function conferenceUpdate(ctx: IExecuteFunctions, i: number): IDataObject {
	const body = readCollection(ctx, i, 'updateFields', {
		announceMethod: { displayName: 'Announce Method', schema: oneOf(HTTP_METHODS) },
		announceUrl: { displayName: 'Announce URL', schema: httpUrl },
		status: { displayName: 'Status', schema: oneOf(['completed']) },
	});
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Nothing to update in item ${i}: add at least one update field`,
			{
				itemIndex: i,
				description: 'To end the conference, use the operation "End".',
			},
		);
	}
	return body;
}

export const update: Operation = {
	name: 'Update',
	action: 'Update a conference',
	description: 'Play an announcement into a conference, or end it',
	properties: [conferenceSidField, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-resource#update-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const sid = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSidSchema,
		);
		const body = conferenceUpdate(this, i);
		const account = await accountSid(this, i);
		return await twilio.request(this, i, {
			method: 'POST',
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${sid}.json`,
			body,
			subject: `conference "${sid}"`,
		});
	},
};
