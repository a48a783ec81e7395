import type { IExecuteFunctions } from 'n8n-workflow';

import { readCollection } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { announceMethodOption, collection, conferenceSidField, urlOption } from '../../fields';
import { conferenceRequest } from '../../transport';
import { conferenceTarget } from './helpers';

const updateFields = collection('updateFields', [
	announceMethodOption,
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
]);

export const update: Operation = {
	name: 'Update',
	action: 'Update a conference',
	description: 'Play an announcement into a conference, or end it',
	properties: [conferenceSidField, updateFields],
	/** https://www.twilio.com/docs/voice/api/conference-resource#update-a-conference-resource */
	async execute(this: IExecuteFunctions, i: number) {
		const target = conferenceTarget(this, i);
		const body = readCollection(this, i, updateFields, { requireOne: true });
		return await conferenceRequest(this, i, 'POST', target, body);
	},
};
