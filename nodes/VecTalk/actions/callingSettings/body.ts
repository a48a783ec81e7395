import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { check, oneOf } from '../../../shared/validation';
import { callHours, countryCodes, sipServers, status } from './schemas';

/**
 * Meta's `calling` object with exactly the fields the user set, checked before any request; statuses
 * go lowercase, as VecTalk's page shows them.
 */
export function callingUpdate(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const field = (name: string, displayName: string) => ({
		name: `updateFields.${name}`,
		displayName,
	});
	const statusOf = (name: string, displayName: string) =>
		check(ctx, i, field(name, displayName), status, fields[name]);
	const calling: IDataObject = {};
	const sip: IDataObject = {};

	if (fields.status !== undefined) calling.status = statusOf('status', 'Status');
	if (fields.callIconVisibility !== undefined) {
		calling.call_icon_visibility = check(
			ctx,
			i,
			field('callIconVisibility', 'Call Icon Visibility'),
			oneOf(['DEFAULT', 'DISABLE_ALL']),
			fields.callIconVisibility,
		);
	}
	if (fields.callbackPermissionStatus !== undefined) {
		calling.callback_permission_status = statusOf(
			'callbackPermissionStatus',
			'Callback Permission Status',
		);
	}
	if (fields.srtpKeyExchangeProtocol !== undefined) {
		calling.srtp_key_exchange_protocol = check(
			ctx,
			i,
			field('srtpKeyExchangeProtocol', 'SRTP Key Exchange Protocol'),
			oneOf(['DTLS', 'SDES']),
			fields.srtpKeyExchangeProtocol,
		);
	}
	if (fields.sipStatus !== undefined) sip.status = statusOf('sipStatus', 'SIP Status');
	if (fields.sipServers !== undefined)
		sip.servers = check(ctx, i, field('sipServers', 'SIP Servers'), sipServers, fields.sipServers);
	if (Object.keys(sip).length) calling.sip = sip;
	if (fields.videoStatus !== undefined)
		calling.video = { status: statusOf('videoStatus', 'Video Status') };
	if (fields.audioStatus !== undefined)
		calling.audio = { status: statusOf('audioStatus', 'Audio Status') };
	if (fields.callHours !== undefined) {
		const hours = (fields.callHours as IDataObject).hours;
		calling.call_hours = check(
			ctx,
			i,
			field('callHours', 'Call Hours'),
			callHours(ctx.getTimezone()),
			hours,
		);
	}
	if (fields.restrictToUserCountries !== undefined) {
		const countries = check(
			ctx,
			i,
			field('restrictToUserCountries', 'Restrict to User Countries'),
			countryCodes,
			fields.restrictToUserCountries,
		);
		calling.call_icons = { restrict_to_user_countries: countries };
	}

	if (Object.keys(calling).length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Nothing to update in item ${i}: add at least one field under "Update Fields"`,
			{
				itemIndex: i,
				description: 'Nothing was sent to the provider.',
			},
		);
	}
	return calling;
}
