import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllLimit } from '../../shared/descriptions';
import { readLimit } from '../../shared/fields';
import {
	downloadProperties,
	maxFileSizeOption,
	readFileRequest,
	withFile,
} from '../../shared/files';
import type { Operation } from '../../shared/operations';
import { apiPath } from '../../shared/transport/client';
import { collect } from '../../shared/transport/paginate';
import type { Field } from '../../shared/validation';
import { check, intBetween, param, requiredId, stringList } from '../../shared/validation';
import { whereby, wherebyPaging } from '../transport';
import { roomName, sortByField, sortByValues } from './common';

// The operations recordings, transcriptions and summaries share, each one endpoint of
// https://docs.whereby.com/reference/whereby-rest-api-reference (recordings, transcriptions, summaries).

/** Something Whereby keeps after a meeting: a recording, a transcription or a summary. */
export interface Stored {
	/** e.g. "recording" */
	noun: string;
	/** e.g. "recordings" */
	plural: string;
	/** e.g. "/recordings" */
	path: string;
	id: Field;
	locator: INodeProperties;
}

const idOf = (ctx: IExecuteFunctions, i: number, kind: Stored) => requiredId(ctx, i, kind.id);
const itemPath = (kind: Stored, id: string) => kind.path + apiPath`/${id}`;

export function getOperation(kind: Stored): Operation {
	return {
		name: 'Get',
		action: `Get a ${kind.noun}`,
		description: `Get a ${kind.noun} by its ID`,
		properties: [kind.locator],
		async execute(this: IExecuteFunctions, i: number) {
			const id = idOf(this, i, kind);
			return await whereby.request(this, i, {
				method: 'GET',
				path: itemPath(kind, id),
				subject: `${kind.noun} "${id}"`,
			});
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
			const id = idOf(this, i, kind);
			await whereby.request(this, i, {
				method: 'DELETE',
				path: itemPath(kind, id),
				subject: `${kind.noun} "${id}"`,
			});
			return { deleted: true, [kind.id.name]: id };
		},
	};
}

const validFor: Field = { name: 'options.validForSeconds', displayName: 'Valid For (Seconds)' };

/** The "Include Transcript Text" switch of transcriptions: Whereby writes transcripts as Markdown files. */
const transcriptText = {
	parameter: 'includeText',
	displayName: 'Include Transcript Text',
	field: 'transcript',
};

export function accessLinkOperation(kind: Stored, opts: { text?: boolean } = {}): Operation {
	const textProperties: INodeProperties[] = opts.text
		? [
				{
					displayName: transcriptText.displayName,
					name: transcriptText.parameter,
					type: 'boolean',
					default: false,
					description:
						'Whether to download the transcript and return its text in the field "transcript" (Markdown, as Whereby writes it), for an AI agent or a summarize step',
				},
			]
		: [];
	return {
		name: 'Get Access Link',
		action: `Get a download link for a ${kind.noun}`,
		description: `Get a temporary download link for a ${kind.noun} stored by Whereby, and optionally the file itself`,
		properties: [
			kind.locator,
			...downloadProperties(kind.noun),
			...textProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					maxFileSizeOption,
					{
						displayName: 'Valid For (Seconds)',
						name: 'validForSeconds',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 43200 },
						default: 3600,
						description:
							'How long the link works, from 1 second to 12 hours (43200). Whereby uses 3600 when not set.',
					},
				],
			},
		],
		async execute(this: IExecuteFunctions, i: number) {
			const id = idOf(this, i, kind);
			const seconds = (this.getNodeParameter('options', i, {}) as IDataObject).validForSeconds;
			const qs: IDataObject = {};
			if (seconds !== undefined && seconds !== '')
				qs.validForSeconds = check(this, i, validFor, intBetween(1, 43200), seconds);
			const file = readFileRequest(this, i, opts.text ? transcriptText : undefined);
			const link = await whereby.request(this, i, {
				method: 'GET',
				path: `${itemPath(kind, id)}/access-link`,
				qs,
				subject: `${kind.noun} "${id}"`,
			});
			const url = typeof link.accessLink === 'string' ? link.accessLink : '';
			return await withFile(this, i, link, { ...file, url, provider: 'Whereby' });
		},
	};
}

export function bulkDeleteOperation(kind: Stored, list: Field): Operation {
	const ids = stringList.refine((v) => v.length > 0, `must name at least one ${kind.noun}`);
	return {
		name: 'Delete Many',
		action: `Delete many ${kind.plural}`,
		description: `Delete several ${kind.plural} in one request; Whereby deletes them in the background`,
		properties: [
			{
				displayName: list.displayName,
				name: list.name,
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 1a2b3c, 4d5e6f',
				description: `The ${kind.noun} IDs, separated by commas or new lines (an array from an expression also works)`,
			},
		],
		async execute(this: IExecuteFunctions, i: number) {
			const values = param(this, i, list, ids);
			await whereby.request(this, i, {
				method: 'POST',
				path: `${kind.path}/bulk-delete`,
				body: { [list.name]: values },
			});
			return { deleted: true, [list.name]: values };
		},
	};
}

/** Get Many with Return All/Limit over Whereby's cursor; filters `roomName` (optional) and `sortBy`. */
export function listOperation(
	kind: Stored,
	opts: { sortFields: Array<[string, string]>; roomNameFilter: boolean },
): Operation {
	const sortBy = sortByField(opts.sortFields);
	const filters: INodeProperties[] = [
		{ ...sortBy, description: `The order of the ${kind.plural}` },
	];
	if (opts.roomNameFilter) {
		filters.unshift({
			displayName: 'Room Name',
			name: 'roomName',
			type: 'string',
			default: '',
			placeholder: 'e.g. /team-standup',
			description: `Only ${kind.plural} of this room: its name with the leading slash (e.g. /team-standup) or the room URL`,
		});
	}
	return {
		name: 'Get Many',
		action: `Get many ${kind.plural}`,
		description: `List the ${kind.plural} of the organization`,
		properties: [
			...returnAllLimit(),
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: filters,
			},
		],
		async execute(this: IExecuteFunctions, i: number) {
			const given = this.getNodeParameter('filters', i, {}) as IDataObject;
			const qs: IDataObject = {};
			if (opts.roomNameFilter && given.roomName !== undefined && given.roomName !== '') {
				qs.roomName = check(
					this,
					i,
					{ name: 'filters.roomName', displayName: 'Room Name' },
					roomName,
					given.roomName,
				);
			}
			if (given.sortBy !== undefined) {
				qs.sortBy = check(
					this,
					i,
					{ name: 'filters.sortBy', displayName: 'Sort By' },
					sortByValues(sortBy),
					given.sortBy,
				);
			}
			const limit = readLimit(this, i);
			return await collect(
				whereby,
				this,
				i,
				{ method: 'GET', path: kind.path, qs },
				wherebyPaging,
				limit,
			);
		},
	};
}
