import type { IExecuteFunctions } from 'n8n-workflow';

import { readField } from '../../../shared/fields';
import { conferenceSidField } from '../../fields';
import type { Target } from '../../transport';

/** The item's conference, checked: what Get, Update and End act on. */
export function conferenceTarget(ctx: IExecuteFunctions, i: number): Target {
	const sid = readField(ctx, i, conferenceSidField);
	return { parts: [sid], subject: `conference "${sid}"` };
}
