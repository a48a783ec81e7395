import type { Resources } from '../../shared/operations';
import { call } from './call';
import { callingSettings } from './callingSettings';

/** Resource → operations of the VecTalk node; a missing operation is a compile error. */
export const resources: Resources<{
	callingSettings: 'get' | 'update' | 'enable' | 'disable';
	call: 'terminate';
}> = { callingSettings, call };
