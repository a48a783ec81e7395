import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getParticipants } from './getParticipants.operation';

export const call = {
	name: 'Call',
	description: 'Call links, their live status and participants',
	operations: { create, get, getAll, getParticipants },
} satisfies Resource;
