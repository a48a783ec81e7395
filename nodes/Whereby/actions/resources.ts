import type { Resources } from '../../shared/operations';
import { insight } from './insight';
import { meeting } from './meeting';
import { recording } from './recording';
import { room } from './room';
import { summary } from './summary';
import { transcription } from './transcription';

/** Resource → operations of the Whereby node; each resource's operations are listed once, in its index.ts. */
export const resources = {
	meeting,
	recording,
	transcription,
	summary,
	insight,
	room,
} satisfies Resources;
