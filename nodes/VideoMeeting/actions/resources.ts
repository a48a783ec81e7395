import type { Resources } from '../../shared/operations';
import { meeting } from './meeting';

/** Resource → operations of the Video Meeting node; a missing operation is a compile error. */
export const resources: Resources<{
	meeting: 'create' | 'get' | 'end' | 'getAttendance';
}> = { meeting };
