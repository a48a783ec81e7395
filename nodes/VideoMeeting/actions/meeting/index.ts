import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { end } from './end.operation';
import { get } from './get.operation';
import { getAttendance } from './getAttendance.operation';

export const meeting = {
	name: 'Meeting',
	description: 'A video meeting link on the chosen provider',
	operations: { create, get, end, getAttendance },
} satisfies Resource;
