import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { whereby } from '../../transport';
import { transcriptionKind } from '../transcription/fields';

/** An options field: the execute context already refuses a value that is not one of them. */
const template: INodeProperties = {
	displayName: 'Template',
	name: 'template',
	type: 'options',
	required: true,
	options: [
		{ name: 'Educational Lecture', value: 'Educational Lecture' },
		{ name: 'Educational Tutoring', value: 'Educational Tutoring' },
		{ name: 'Extended SOAP', value: 'Extended SOAP', description: 'SOAP with more detail' },
		{
			name: 'General Bulleted',
			value: 'General Bulleted',
			description: 'Key points as a bulleted list',
		},
		{
			name: 'General Narrative',
			value: 'General Narrative',
			description: 'A summary in prose',
		},
		{
			name: 'SOAP',
			value: 'SOAP',
			description: 'Subjective, Objective, Assessment, Plan (clinical notes)',
		},
	],
	default: 'General Narrative',
	description: 'How the summary is structured',
};

export const create: Operation = {
	name: 'Create',
	action: 'Summarize a transcription',
	description: 'Start an AI summary of a transcription (Whereby beta, for selected customers)',
	properties: [
		{
			...transcriptionKind.locator,
			description: 'The transcription to summarize; it must be ready',
		},
		template,
	],
	/** https://docs.whereby.com/reference/whereby-rest-api-reference/summaries */
	async execute(this: IExecuteFunctions, i: number) {
		const transcriptionId = readField<string>(this, i, transcriptionKind.locator);
		const body = { transcriptionId, template: readField<string>(this, i, template) };
		return await whereby.request(this, i, {
			method: 'POST',
			path: '/summaries',
			body,
			subject: `transcription "${transcriptionId}"`,
		});
	},
};
