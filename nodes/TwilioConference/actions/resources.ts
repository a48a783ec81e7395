import type { Resources } from '../../shared/operations';
import { conference } from './conference';
import { participant } from './participant';
import { recording } from './recording';

/** Resource → operations of the Twilio Conference node; a missing operation is a compile error. */
export const resources: Resources<{
	conference: 'get' | 'getAll' | 'update' | 'end';
	participant: 'create' | 'get' | 'getAll' | 'update' | 'delete';
	recording: 'get' | 'getAll' | 'update' | 'delete';
}> = { conference, participant, recording };
