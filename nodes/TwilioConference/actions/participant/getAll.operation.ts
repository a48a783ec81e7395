import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { returnAllLimit } from '../../../shared/descriptions';
import { readLimit } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { apiPath } from '../../../shared/transport/client';
import { collect } from '../../../shared/transport/paginate';
import { param } from '../../../shared/validation';
import { conferenceSidField } from '../../fields';
import { readCollection } from '../../params';
import { conferenceSid } from '../../schemas';
import { accountSid, twilio, twilioPaging } from '../../transport';
import { PARTICIPANT_FIELDS } from '../../simplify';

const flag = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: true,
	description,
});

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		flag(
			'Coaching',
			'coaching',
			'Whether to return only coaching participants (on) or only others (off)',
		),
		flag('Hold', 'hold', 'Whether to return only participants on hold (on) or only others (off)'),
		flag(
			'Muted',
			'muted',
			'Whether to return only muted participants (on) or only unmuted ones (off)',
		),
	],
};

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many participants',
	simplify: PARTICIPANT_FIELDS,
	description: 'List the participants who are in a conference now',
	properties: [conferenceSidField, ...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#read-multiple-participant-resources */
	async execute(this: IExecuteFunctions, i: number) {
		const conference = param(
			this,
			i,
			{ name: 'conferenceSid', displayName: 'Conference' },
			conferenceSid,
		);
		const qs = readCollection(this, i, 'filters', {
			coaching: { displayName: 'Coaching', schema: z.boolean() },
			hold: { displayName: 'Hold', schema: z.boolean() },
			muted: { displayName: 'Muted', schema: z.boolean() },
		});
		const account = await accountSid(this, i);
		const request = {
			method: 'GET' as const,
			path: apiPath`/2010-04-01/Accounts/${account}/Conferences/${conference}/Participants.json`,
			qs,
			subject: `conference "${conference}"`,
		};
		return await collect(
			twilio,
			this,
			i,
			request,
			twilioPaging('participants'),
			readLimit(this, i),
		);
	},
};
