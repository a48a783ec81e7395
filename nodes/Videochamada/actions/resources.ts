import type { Resources } from '../../shared/operations';
import { call } from './call';
import { recording } from './recording';

/** Resource → operations of the videochamada.com.br node; each resource's operations are listed once, in its index.ts. */
export const resources = { call, recording } satisfies Resources;
