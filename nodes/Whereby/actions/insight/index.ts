import type { Resource } from '../../../shared/operations';
import { getParticipant } from './getParticipant.operation';
import { getParticipants } from './getParticipants.operation';
import { getRoomSessions } from './getRoomSessions.operation';
import { getRooms } from './getRooms.operation';

export const insight = {
	name: 'Insight',
	description: 'Attendance and call quality of rooms, sessions and participants',
	operations: { getRooms, getRoomSessions, getParticipants, getParticipant },
} satisfies Resource;
