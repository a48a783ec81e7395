import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readField, withSchema } from '../../../shared/fields';
import { oneOf, pathId } from '../../../shared/validation';
import type { MeetingProvider, ProviderName } from '../../meeting';
import { PROVIDERS } from '../../meeting';
import { meetingProviders } from '../../providers';

/** The provider picker; its credential appears with it. */
export const providerField = withSchema<ProviderName>(
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Pagecall',
				value: 'pagecall',
				description: 'Open room link; host link with an access token',
			},
			{
				name: 'Videochamada.com.br',
				value: 'videochamada',
				description: 'Call link that expires at the end',
			},
			{ name: 'Whereby', value: 'whereby', description: 'Room link; host room link' },
		],
		default: 'whereby',
		description:
			'Where the meeting is held. Twilio Conference and VecTalk are not offered: they run phone conferences and WhatsApp calls, which have no meeting link.',
	},
	oneOf(PROVIDERS),
);

/** The provider of an item, with its implementation. */
export function providerOf(
	ctx: IExecuteFunctions,
	i: number,
): { provider: ProviderName; meetings: MeetingProvider } {
	const provider = readField(ctx, i, providerField);
	return { provider, meetings: meetingProviders[provider] };
}

export const meetingIdField = withSchema<string>(
	{
		displayName: 'Meeting ID',
		name: 'meetingId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.meetingId }}',
		description:
			'The meetingId returned by Create: a Whereby meeting ID, a Pagecall room ID or a videochamada.com.br call ID',
	},
	pathId,
);

/** The Host Link option: off unless added, on once added (adding it is how one asks for it). */
export const hostLinkField = (description: string): INodeProperties => ({
	displayName: 'Host Link',
	name: 'hostLink',
	type: 'boolean',
	default: true,
	description,
});
