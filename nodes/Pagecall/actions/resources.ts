import type { Resources } from '../../shared/operations';
import { member } from './member';
import { room } from './room';
import { session } from './session';
import { user } from './user';

/** Resource → operations of the Pagecall node; a missing operation is a compile error. */
export const resources: Resources<{
	room: 'create' | 'get' | 'getAll' | 'update' | 'terminate' | 'delete';
	member: 'create' | 'getAll';
	user: 'create';
	session: 'getAll';
}> = { room, member, user, session };
