import type { IExecuteFunctions } from 'n8n-workflow';

import { readCollection, setValues } from '../../../shared/fields';
import type { Operation } from '../../../shared/operations';
import { postCalling } from './helpers';
import { updateFields } from './update.fields';

export const update: Operation = {
	name: 'Update',
	action: 'Update calling settings',
	description:
		'Change the calling settings of the phone number of the credential; only the fields you add are sent',
	properties: [updateFields],
	/** https://docs.vectalk.com.br/api-reference/calls/settings (Meta: POST /<PHONE_NUMBER_ID>/settings) */
	async execute(this: IExecuteFunctions, i: number) {
		const set = readCollection(this, i, updateFields, { requireOne: true });
		const status = (value: unknown) => (value === undefined ? undefined : { status: value });
		const sip = setValues({ status: set.sipStatus, servers: set.sipServers });
		// Meta's `calling` object with exactly the fields the user set.
		const calling = setValues({
			status: set.status,
			call_icon_visibility: set.callIconVisibility,
			callback_permission_status: set.callbackPermissionStatus,
			srtp_key_exchange_protocol: set.srtpKeyExchangeProtocol,
			sip: Object.keys(sip).length > 0 ? sip : undefined,
			video: status(set.videoStatus),
			audio: status(set.audioStatus),
			call_hours: set.callHours,
			call_icons: set.restrictToUserCountries && {
				restrict_to_user_countries: set.restrictToUserCountries,
			},
		});
		return await postCalling(this, i, calling);
	},
};
