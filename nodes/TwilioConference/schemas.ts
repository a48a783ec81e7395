import { nonEmptyString, pathId } from '../shared/validation';

const hex32 = '[0-9a-fA-F]{32}';

/** A Twilio SID: two letters and 32 hex characters, e.g. CF0123… */
export const sid = (prefix: string, what: string) =>
	pathId.refine(
		(v) => new RegExp(`^${prefix}${hex32}$`).test(v),
		`must be a ${what} SID: ${prefix} followed by 32 hex characters`,
	);

/** A SID where a name is also allowed: anything that looks like a cut-off SID is refused. */
const sidOrName = (prefix: string, what: string, alternative: string, maxLength: number) =>
	pathId
		.refine(
			(v) =>
				new RegExp(`^${prefix}${hex32}$`).test(v) ||
				!new RegExp(`^${prefix}[0-9a-fA-F]{8,}$`).test(v),
			`must be a ${what} SID (${prefix} followed by 32 hex characters) or a ${alternative}`,
		)
		.refine((v) => v.length <= maxLength, `must be at most ${maxLength} characters`);

export const conferenceSid = sid('CF', 'conference');
export const callSid = sid('CA', 'call');
export const conferenceSidOrName = sidOrName('CF', 'conference', 'friendly name', 128);
export const callSidOrLabel = sidOrName('CA', 'call', 'participant label', 128);

/** A recording SID, or `Twilio.CURRENT` for the conference's active recording. */
export const recordingSidOrCurrent = pathId.refine(
	(v) => v === 'Twilio.CURRENT' || new RegExp(`^RE${hex32}$`).test(v),
	'must be a recording SID (RE followed by 32 hex characters) or Twilio.CURRENT',
);

/**
 * A phone number in E.164 (spaces, dots, dashes and brackets are removed), `client:<identity>`
 * or a `sip:` address — what Twilio accepts as From/To of a participant call.
 */
export const callAddress = nonEmptyString
	.transform((v) => (v.startsWith('+') ? v.replace(/[\s().-]/g, '') : v))
	.refine(
		(v) =>
			/^\+[1-9]\d{1,14}$/.test(v) || /^client:[^\s:]+$/.test(v) || /^sip:[^\s@]+@\S+$/i.test(v),
		'must be a phone number in E.164 format (e.g. +14155550100), client:<identity> or sip:<user>@<host>',
	);

export const HTTP_METHODS = ['GET', 'POST'] as const;
