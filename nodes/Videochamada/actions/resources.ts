import type { Resources } from '../../shared/operations';
import { call } from './call';
import { recording } from './recording';

/** Resource → operations of the videochamada.com.br node; a missing operation is a compile error. */
export const resources: Resources<{
	call: 'create' | 'get' | 'getAll' | 'getParticipants';
	recording: 'getAll' | 'getDownloadUrl';
}> = { call, recording };
