import type { Resources } from '../../shared/operations';
import { insight } from './insight';
import { meeting } from './meeting';
import { recording } from './recording';
import { room } from './room';
import { summary } from './summary';
import { transcription } from './transcription';

/** Resource → operations of the Whereby node; a missing operation is a compile error. */
export const resources: Resources<{
	meeting: 'create' | 'get' | 'getAll' | 'delete';
	recording: 'get' | 'getAll' | 'delete' | 'getAccessLink' | 'bulkDelete';
	transcription: 'create' | 'get' | 'getAll' | 'delete' | 'getAccessLink' | 'bulkDelete';
	summary: 'create' | 'get' | 'getAll' | 'delete';
	insight: 'getRooms' | 'getRoomSessions' | 'getParticipants' | 'getParticipant';
	room: 'setColors' | 'setLogo' | 'setBackground' | 'setKnockPageBackground';
}> = { meeting, recording, transcription, summary, insight, room };
