import type { MeetingProvider, ProviderName } from '../meeting';
import { pagecallMeetings } from './pagecall';
import { videochamadaMeetings } from './videochamada';
import { wherebyMeetings } from './whereby';

/** Every provider of the Video Meeting node; a missing one is a compile error. */
export const meetingProviders: Record<ProviderName, MeetingProvider> = {
	whereby: wherebyMeetings,
	pagecall: pagecallMeetings,
	videochamada: videochamadaMeetings,
};
