import type { IExecuteFunctions } from 'n8n-workflow';

import { param } from '../../../shared/validation';
import { conferenceSid, recordingSidOrCurrent, sid } from '../../schemas';

/** The conference SID and recording SID of the item; `Twilio.CURRENT` only where `allowCurrent`. */
export function recordingIds(ctx: IExecuteFunctions, i: number, allowCurrent = false) {
	return {
		conference: param(ctx, i, { name: 'conferenceSid', displayName: 'Conference' }, conferenceSid),
		recording: param(
			ctx,
			i,
			{ name: 'recordingSid', displayName: 'Recording' },
			allowCurrent ? recordingSidOrCurrent : sid('RE', 'recording'),
		),
	};
}
