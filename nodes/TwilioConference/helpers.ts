import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../shared/fields';
import { readCollection, readField, readLimit } from '../shared/fields';
import type { Operation } from '../shared/operations';
import { collect } from '../shared/transport/paginate';
import { conferenceSidField } from './fields';
import type { Target } from './transport';
import {
	conferenceRequest,
	conferencesPath,
	twilio,
	twilioFields,
	twilioPaging,
} from './transport';

/** A participant or a recording of a conference: how the node reads, addresses and names one. */
export interface Member {
	/** Its list below the conference, e.g. `/Conferences/CF…/Participants` */
	list: 'Participants' | 'Recordings';
	/** How a 404 names it, e.g. `participant "CA…" in conference "CF…"` */
	noun: string;
	preposition: 'in' | 'of';
	idField: CheckedProperty<string>;
	/** The key of its ID in Delete's output */
	idKey: string;
	simplify: string[];
}

/** The item's member (of its conference), checked; `idField` where an operation takes other IDs. */
export function memberTarget(
	ctx: IExecuteFunctions,
	i: number,
	member: Member,
	idField = member.idField,
): Target & { id: string } {
	const conference = readField(ctx, i, conferenceSidField);
	const id = readField(ctx, i, idField);
	return {
		id,
		parts: [conference, member.list, id],
		subject: `${member.noun} "${id}" ${member.preposition} conference "${conference}"`,
	};
}

type Texts = Pick<Operation, 'action' | 'description'>;

/** Get of a participant or recording. */
export const getOperation = (member: Member, texts: Texts): Operation => ({
	name: 'Get',
	...texts,
	simplify: member.simplify,
	properties: [conferenceSidField, member.idField],
	async execute(this: IExecuteFunctions, i: number) {
		return await conferenceRequest(this, i, 'GET', memberTarget(this, i, member));
	},
});

/** Delete of a participant or recording: `{ deleted: true, <idKey>: <its ID> }`. */
export const deleteOperation = (member: Member, texts: Texts): Operation => ({
	name: 'Delete',
	...texts,
	properties: [conferenceSidField, member.idField],
	async execute(this: IExecuteFunctions, i: number) {
		const target = memberTarget(this, i, member);
		await conferenceRequest(this, i, 'DELETE', target);
		return { deleted: true, [member.idKey]: target.id };
	},
});

/**
 * Get Many of every resource: the account's conferences, or the participants or recordings of the
 * item's conference; filtered by the operation's Filters, up to its Limit.
 */
export async function getMany(
	ctx: IExecuteFunctions,
	i: number,
	list: 'Conferences' | Member['list'],
	filters: INodeProperties,
): Promise<IDataObject[]> {
	const conference = list === 'Conferences' ? undefined : readField(ctx, i, conferenceSidField);
	const qs = twilioFields(readCollection(ctx, i, filters));
	const target: Target =
		conference === undefined
			? { parts: [] }
			: { parts: [conference, list], subject: `conference "${conference}"` };
	const path = await conferencesPath(ctx, i, target);
	const request = { method: 'GET' as const, path, qs, subject: target.subject };
	const itemsKey = list.toLowerCase() as Lowercase<typeof list>;
	return await collect(twilio, ctx, i, request, twilioPaging(itemsKey), readLimit(ctx, i));
}
