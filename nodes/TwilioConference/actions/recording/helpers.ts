import type { IExecuteFunctions } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/fields';
import { readField } from '../../../shared/fields';
import { conferenceSidField } from '../../fields';
import type { Target } from '../../transport';
import { recordingSidField } from './fields';

/** The item's recording and its conference, checked: what Get, Update and Delete act on. */
export function recordingTarget(
	ctx: IExecuteFunctions,
	i: number,
	recordingField: CheckedProperty<string> = recordingSidField,
): Target & { recordingSid: string } {
	const conference = readField(ctx, i, conferenceSidField);
	const recordingSid = readField(ctx, i, recordingField);
	return {
		recordingSid,
		parts: [conference, 'Recordings', recordingSid],
		subject: `recording "${recordingSid}" of conference "${conference}"`,
	};
}
