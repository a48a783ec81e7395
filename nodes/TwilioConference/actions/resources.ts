import type { Resources } from '../../shared/operations';
import { conference } from './conference';
import { participant } from './participant';
import { recording } from './recording';

/** Resource → operations of the Twilio Conference node; each resource's operations are listed once, in its index.ts. */
export const resources = { conference, participant, recording } satisfies Resources;
