import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/operations';
import { dateTime, nonEmptyString, oneOf, param } from '../../../shared/validation';
import { createCall } from './helpers';

/** The Recording option as `createCall` takes it: the project's setting, always or never. */
const RECORDING = { projectDefault: undefined, always: true, never: false } as const;
const RECORDING_OPTIONS = ['projectDefault', 'always', 'never'] as const;

export const create: Operation = {
	name: 'Create',
	action: 'Create a call link',
	description: 'Create a call and get the link participants join with',
	properties: [
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Team meeting',
			description: 'Title of the call, shown to participants',
		},
		{
			displayName: 'Expires At',
			name: 'expiresAt',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'When the link stops working. Must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions such as {{ $now.plus(1, "hour") }} work.',
		},
		{
			displayName: 'Recording',
			name: 'recording',
			type: 'options',
			options: [
				{
					name: 'Project Default',
					value: 'projectDefault',
					description: 'Record if the project records calls',
				},
				{
					name: 'Always',
					value: 'always',
					description: 'Record this call whatever the project setting',
				},
				{
					name: 'Never',
					value: 'never',
					description: 'Do not record this call whatever the project setting',
				},
			],
			default: 'projectDefault',
			description: 'Whether this call is recorded',
		},
	],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/publish-your-docs */
	async execute(this: IExecuteFunctions, i: number) {
		const title = param(this, i, { name: 'title', displayName: 'Title' }, nonEmptyString);
		const expiresAt = param(
			this,
			i,
			{ name: 'expiresAt', displayName: 'Expires At' },
			dateTime(this.getTimezone(), { future: true }),
		);
		const recording = param(
			this,
			i,
			{ name: 'recording', displayName: 'Recording' },
			oneOf(RECORDING_OPTIONS),
			'projectDefault',
		);
		return await createCall(this, i, { title, expiresAt, recording: RECORDING[recording] });
	},
};
