import type { IExecuteFunctions } from 'n8n-workflow';

import { readField, withSchema } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { dateTime, nonEmptyString, oneOf } from '../../../shared/validation';
import { createCall } from './helpers';

const title = withSchema(
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Team meeting',
		description: 'Title of the call, shown to participants',
	},
	nonEmptyString,
);

const expiresAt = withSchema(
	{
		displayName: 'Expires At',
		name: 'expiresAt',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'When the link stops working. Must be in the future. Without a UTC offset, the time is read in the workflow timezone. Expressions such as {{ $now.plus(1, "hour") }} work.',
	},
	(ctx) => dateTime(ctx.getTimezone(), { future: true }),
);

/** The Recording option as `createCall` takes it: the project's setting, always or never. */
const recording = withSchema(
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
	oneOf(['projectDefault', 'always', 'never']).transform(
		(value) => ({ projectDefault: undefined, always: true, never: false })[value],
	),
);

export const create: Operation = {
	name: 'Create',
	action: 'Create a call link',
	description: 'Create a call and get the link participants join with',
	properties: [title, expiresAt, recording],
	/** https://documentacao.videochamada.com.br/documentacao-tecnica-da-api/publish-your-docs */
	async execute(this: IExecuteFunctions, i: number) {
		return await createCall(this, i, {
			title: readField(this, i, title),
			expiresAt: readField(this, i, expiresAt),
			recording: readField(this, i, recording, 'projectDefault'),
		});
	},
};
