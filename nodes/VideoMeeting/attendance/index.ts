import type { ProviderName } from '../meeting';
import { pagecallAttendance } from './pagecall';
import { videochamadaAttendance } from './videochamada';
import type { AttendanceSource } from './visit';
import { wherebyAttendance } from './whereby';

/** Where each provider's attendance comes from; a missing provider is a compile error. */
export const attendanceSources: Record<ProviderName, AttendanceSource> = {
	whereby: wherebyAttendance,
	pagecall: pagecallAttendance,
	videochamada: videochamadaAttendance,
};
