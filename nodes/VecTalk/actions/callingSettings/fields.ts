import { z } from 'zod';

import { withSchema } from '../../../shared/fields';

/*
 * What the Update Fields of calling settings share: Meta's enabled/disabled status and the note on
 * fields that only Meta documents.
 */

/**
 * `enabled`/`disabled` in any letter case (Meta writes ENABLED, VecTalk's page enabled), sent the
 * way VecTalk's page shows every status: lowercase.
 */
export const status = z
	.string({ invalid_type_error: 'must be enabled or disabled' })
	.transform((v) => v.trim().toLowerCase())
	.refine(
		(v): v is 'enabled' | 'disabled' => v === 'enabled' || v === 'disabled',
		'must be enabled or disabled (any letter case)',
	);

/** Marks a field or rule VecTalk's page does not document for its POST: it comes from Meta's API. */
export const asMeta = (description: string) =>
	`${description} (as Meta documents it; VecTalk's page does not list it for updates)`;

/** An ENABLED/DISABLED option, sent lowercase (see `status`). */
export const enabledDisabled = (displayName: string, name: string, description: string) =>
	withSchema(
		{
			displayName,
			name,
			type: 'options',
			options: [
				{ name: 'Enabled', value: 'ENABLED' },
				{ name: 'Disabled', value: 'DISABLED' },
			],
			default: 'ENABLED',
			description,
		},
		status,
	);
