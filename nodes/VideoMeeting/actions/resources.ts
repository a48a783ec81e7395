import type { Resources } from '../../shared/operations';
import { meeting } from './meeting';

/** Resource → operations of the Video Meeting node; each resource's operations are listed once, in its index.ts. */
export const resources = { meeting } satisfies Resources;
