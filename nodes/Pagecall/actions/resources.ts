import type { Resources } from '../../shared/operations';
import { member } from './member';
import { room } from './room';
import { session } from './session';
import { user } from './user';

/** Resource → operations of the Pagecall node; each resource's operations are listed once, in its index.ts. */
export const resources = { room, member, user, session } satisfies Resources;
