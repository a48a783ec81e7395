import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../shared/descriptions';

const HEX32 = '[0-9a-fA-F]{32}';

export const conferenceSidField: INodeProperties = idLocator({
	name: 'conferenceSid',
	displayName: 'Conference',
	description: 'The conference SID (CF…), as returned by Get Many or the trigger',
	placeholder: 'e.g. CFbbe46ff1274e283f7e3ac1df0072ab39',
	idRegex: `CF${HEX32}`,
	idError: 'A conference SID is CF followed by 32 hex characters',
	searchListMethod: 'searchConferences',
});

/** Participant create also takes a friendly name: Twilio then joins (or starts) that conference. */
export const conferenceSidOrNameField: INodeProperties = idLocator({
	name: 'conferenceSid',
	displayName: 'Conference',
	description:
		'The conference SID (CF…) or its friendly name. With a friendly name, the participant joins the conference of that name that is in progress, or starts it.',
	placeholder: 'e.g. CFbbe46ff1274e283f7e3ac1df0072ab39 or my-conference',
	searchListMethod: 'searchConferences',
});

export const callSidField: INodeProperties = idLocator({
	name: 'callSid',
	displayName: 'Participant',
	description: "The participant's Call SID (CA…) or the label given when it was added",
	placeholder: 'e.g. CA386025c9bf5d6052a1d1ea42b4d16662 or customer',
	searchListMethod: 'searchParticipants',
});

export const recordingSidField: INodeProperties = idLocator({
	name: 'recordingSid',
	displayName: 'Recording',
	description: 'The recording SID (RE…); Update also takes Twilio.CURRENT for the active recording',
	placeholder: 'e.g. REaaaabbbbccccddddeeeeffff00001111 or Twilio.CURRENT',
	searchListMethod: 'searchRecordings',
});

export const methodOptions = [
	{ name: 'GET', value: 'GET' },
	{ name: 'POST', value: 'POST' },
];

/** An optional URL option Twilio calls, with its description. */
export const urlOption = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. https://example.com/twiml',
	description,
});

export const methodOption = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: methodOptions,
	default: 'POST',
	description,
});

/** Filters on creation/update dates of lists, sent as `DateCreated`, `DateCreated<`, `DateCreated>`. */
export const dateFilters = (
	prefix: 'dateCreated' | 'dateUpdated',
	what: string,
): INodeProperties[] => {
	const label = prefix === 'dateCreated' ? 'Created' : 'Updated';
	return [
		{
			displayName: `Date ${label}`,
			name: prefix,
			type: 'dateTime',
			default: '',
			description: `Only ${what} ${label.toLowerCase()} on this date (only the date part is used; Twilio counts days in UTC)`,
		},
		{
			displayName: `Date ${label} After`,
			name: `${prefix}After`,
			type: 'dateTime',
			default: '',
			description: `Only ${what} ${label.toLowerCase()} on or after this date (only the date part is used)`,
		},
		{
			displayName: `Date ${label} Before`,
			name: `${prefix}Before`,
			type: 'dateTime',
			default: '',
			description: `Only ${what} ${label.toLowerCase()} on or before this date (only the date part is used)`,
		},
	];
};

/** Twilio's names of the date filters: `DateCreated<` is "on or before". */
export const dateFilterNames = (prefix: 'dateCreated' | 'dateUpdated') => {
	const p = prefix === 'dateCreated' ? 'DateCreated' : 'DateUpdated';
	return { [prefix]: p, [`${prefix}Before`]: `${p}<`, [`${prefix}After`]: `${p}>` };
};
