import type { IExecuteFunctions } from 'n8n-workflow';

import { returnAllLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operations';
import { collection, conferenceSidField } from '../../fields';
import { getMany } from '../../helpers';
import { flag, PARTICIPANT_FIELDS } from './fields';

const filters = collection('filters', [
	flag(
		'Coaching',
		'coaching',
		'Whether to return only coaching participants (on) or only others (off)',
		true,
	),
	flag(
		'Hold',
		'hold',
		'Whether to return only participants on hold (on) or only others (off)',
		true,
	),
	flag(
		'Muted',
		'muted',
		'Whether to return only muted participants (on) or only unmuted ones (off)',
		true,
	),
]);

export const getAll: Operation = {
	name: 'Get Many',
	action: 'Get many participants',
	simplify: PARTICIPANT_FIELDS,
	description: 'List the participants who are in a conference now',
	properties: [conferenceSidField, ...returnAllLimit(), filters],
	/** https://www.twilio.com/docs/voice/api/conference-participant-resource#read-multiple-participant-resources */
	async execute(this: IExecuteFunctions, i: number) {
		return await getMany(this, i, 'Participants', filters);
	},
};
