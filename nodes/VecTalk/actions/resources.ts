import type { Resources } from '../../shared/operations';
import { call } from './call';
import { callingSettings } from './callingSettings';

/** Resource → operations of the VecTalk node; each resource's operations are listed once, in its index.ts. */
export const resources = { callingSettings, call } satisfies Resources;
