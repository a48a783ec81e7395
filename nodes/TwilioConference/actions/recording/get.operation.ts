import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { conferenceSidField } from '../../fields';
import { conferenceRequest } from '../../transport';
import { RECORDING_FIELDS, recordingSidField } from './fields';
import { recordingTarget } from './helpers';

export const get: Operation = {
	name: 'Get',
	action: 'Get a conference recording',
	simplify: RECORDING_FIELDS,
	description: 'Get a recording of a conference',
	properties: [conferenceSidField, recordingSidField],
	/** https://www.twilio.com/docs/voice/api/recording#fetch-a-recording-resource */
	async execute(this: IExecuteFunctions, i: number) {
		return await conferenceRequest(this, i, 'GET', recordingTarget(this, i));
	},
};
