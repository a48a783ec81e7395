import type { Resource } from '../../../shared/operations';
import { end } from './end.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const conference = {
	name: 'Conference',
	description: 'Conferences started by the TwiML Conference verb or by adding a participant',
	operations: { get, getAll, update, end },
} satisfies Resource;
