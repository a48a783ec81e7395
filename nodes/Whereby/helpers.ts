import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, returnAllLimit } from '../shared/descriptions';
import { readCollection, readField, readLimit, withSchema } from '../shared/fields';
import { downloadProperties, maxFileSizeOption, readFileRequest, withFile } from '../shared/files';
import type { Operation } from '../shared/operations';
import { apiPath } from '../shared/transport/client';
import { intBetween, stringList } from '../shared/validation';
import type { Stored } from './fields';
import { roomName, sortByField } from './fields';
import { whereby, wherebyList } from './transport';

// The operations recordings, transcriptions and summaries share, each one endpoint of
// https://docs.whereby.com/reference/whereby-rest-api-reference (recordings, transcriptions, summaries).

/** The ID of the item's recording, transcription or summary, and its path. */
function target(ctx: IExecuteFunctions, i: number, kind: Stored) {
	const id = readField<string>(ctx, i, kind.locator);
	return { id, path: kind.path + apiPath`/${id}`, subject: `${kind.noun} "${id}"` };
}

export function getOperation(kind: Stored): Operation {
	return {
		name: 'Get',
		action: `Get a ${kind.noun}`,
		description: `Get a ${kind.noun} by its ID`,
		properties: [kind.locator],
		async execute(this: IExecuteFunctions, i: number) {
			const { path, subject } = target(this, i, kind);
			return await whereby.request(this, i, { method: 'GET', path, subject });
		},
	};
}

export function deleteOperation(kind: Stored): Operation {
	return {
		name: 'Delete',
		action: `Delete a ${kind.noun}`,
		description: `Delete a ${kind.noun}; deleting it again also succeeds`,
		properties: [kind.locator],
		async execute(this: IExecuteFunctions, i: number) {
			const { id, path, subject } = target(this, i, kind);
			await whereby.request(this, i, { method: 'DELETE', path, subject });
			return { deleted: true, [kind.locator.name]: id };
		},
	};
}

const accessLinkOptions = fieldsCollection('options', [
	maxFileSizeOption,
	withSchema(
		{
			displayName: 'Valid For (Seconds)',
			name: 'validForSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 43200 },
			default: 3600,
			description:
				'How long the link works, from 1 second to 12 hours (43200). Whereby uses 3600 when not set.',
		},
		intBetween(1, 43200),
	),
]);

/** The "Include Transcript Text" switch of transcriptions: Whereby writes transcripts as Markdown files. */
const transcriptText: INodeProperties = {
	displayName: 'Include Transcript Text',
	name: 'includeText',
	type: 'boolean',
	default: false,
	description:
		'Whether to download the transcript and return its text in the field "transcript" (Markdown, as Whereby writes it), for an AI agent or a summarize step',
};

export function accessLinkOperation(kind: Stored, opts: { text?: boolean } = {}): Operation {
	const text = opts.text
		? {
				parameter: transcriptText.name,
				displayName: transcriptText.displayName,
				field: 'transcript',
			}
		: undefined;
	return {
		name: 'Get Access Link',
		action: `Get a download link for a ${kind.noun}`,
		description: `Get a temporary download link for a ${kind.noun} stored by Whereby, and optionally the file itself`,
		properties: [
			kind.locator,
			...downloadProperties(kind.noun),
			...(text ? [transcriptText] : []),
			accessLinkOptions,
		],
		async execute(this: IExecuteFunctions, i: number) {
			const { path, subject } = target(this, i, kind);
			const { validForSeconds } = readCollection(this, i, accessLinkOptions);
			const qs: IDataObject = validForSeconds === undefined ? {} : { validForSeconds };
			const file = readFileRequest(this, i, text);
			const link = await whereby.request(this, i, {
				method: 'GET',
				path: `${path}/access-link`,
				qs,
				subject,
			});
			const url = typeof link.accessLink === 'string' ? link.accessLink : '';
			return await withFile(this, i, link, { ...file, url, provider: 'Whereby' });
		},
	};
}

export function bulkDeleteOperation(kind: Stored): Operation {
	const ids = withSchema(
		{
			displayName: `${kind.locator.displayName}s`,
			name: `${kind.locator.name}s`,
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1a2b3c, 4d5e6f',
			description: `The ${kind.noun} IDs, separated by commas or new lines (an array from an expression also works)`,
		},
		stringList.refine((v) => v.length > 0, `must name at least one ${kind.noun}`),
	);
	return {
		name: 'Delete Many',
		action: `Delete many ${kind.plural}`,
		description: `Delete several ${kind.plural} in one request; Whereby deletes them in the background`,
		properties: [ids],
		async execute(this: IExecuteFunctions, i: number) {
			const values = readField<string[]>(this, i, ids);
			await whereby.request(this, i, {
				method: 'POST',
				path: `${kind.path}/bulk-delete`,
				body: { [ids.name]: values },
			});
			return { deleted: true, [ids.name]: values };
		},
	};
}

/** Get Many with Return All/Limit over Whereby's cursor; filters `roomName` (optional) and `sortBy`. */
export function listOperation(
	kind: Stored,
	opts: { sortFields: Array<[string, string]>; roomNameFilter: boolean },
): Operation {
	const roomNameFilter = withSchema(
		{
			displayName: 'Room Name',
			name: 'roomName',
			type: 'string',
			default: '',
			placeholder: 'e.g. /team-standup',
			description: `Only ${kind.plural} of this room: its name with the leading slash (e.g. /team-standup) or the room URL`,
		},
		roomName,
	);
	const filters = fieldsCollection('filters', [
		...(opts.roomNameFilter ? [roomNameFilter] : []),
		sortByField(opts.sortFields, `The order of the ${kind.plural}`),
	]);
	return {
		name: 'Get Many',
		action: `Get many ${kind.plural}`,
		description: `List the ${kind.plural} of the organization`,
		properties: [...returnAllLimit(), filters],
		async execute(this: IExecuteFunctions, i: number) {
			const qs = readCollection(this, i, filters);
			return await wherebyList(this, i, kind.path, qs, readLimit(this, i));
		},
	};
}
