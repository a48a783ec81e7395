import { TwilioConferenceApi } from '../../credentials/TwilioConferenceApi.credentials';
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from '../shared/transport/client';
import { passwordFields } from '../shared/secrets';
import { ApiClient, apiPath } from '../shared/transport/client';
import type { ProviderErrorInfo } from '../shared/transport/errors';
import { nextUriPaging } from '../shared/transport/paginate';
import { HEX32 } from './fields';

const CREDENTIAL = 'twilioConferenceApi';

/** Twilio REST API 2010-04-01: https://www.twilio.com/docs/voice/api/conference-resource */
export const twilio = new ApiClient({
	name: 'Twilio',
	credentialType: CREDENTIAL,
	secretFields: passwordFields(new TwilioConferenceApi()),
	bodyFormat: 'form',
	parseError: (body): ProviderErrorInfo => {
		const record = (body ?? {}) as { code?: unknown; message?: unknown; more_info?: unknown };
		return {
			message: typeof record.message === 'string' ? record.message : undefined,
			code:
				typeof record.code === 'number' || typeof record.code === 'string'
					? record.code
					: undefined,
			link: typeof record.more_info === 'string' ? record.more_info : undefined,
		};
	},
	hints: {
		401: 'Check the Account SID and the Auth Token, or the API Key SID and Secret, in the Twilio credential.',
		403: 'The credential is valid but may not do this. Check the permissions of the API key and whether the account is suspended.',
		404: 'Check the SID (or friendly name, label) and that it belongs to the Account SID of the credential. Twilio only lists participants who are still in the conference.',
		429: 'Twilio limits concurrent requests per account (error 20429). Lower "Items Processed in Parallel" (Request Options) or spread the work over time.',
	},
});

/** Every Twilio list: `?PageSize` (≤ 1000) → `{ <items>, next_page_uri }`, the next URI root-relative. */
export const twilioPaging = (itemsKey: 'conferences' | 'participants' | 'recordings') =>
	nextUriPaging({ maxPageSize: 1000, itemsKey });

const ACCOUNT_SID = new RegExp(`^AC${HEX32}$`);
const API_KEY_SID = new RegExp(`^SK${HEX32}$`);

/**
 * The Account SID of the credential, which every Twilio path contains. The credential's SIDs are
 * checked before any request, so that a typo is named instead of answered 401 by Twilio.
 */
export async function accountSid(ctx: ApiContext, itemIndex: number): Promise<string> {
	const credentials = await ctx.getCredentials(CREDENTIAL);
	const sid = String(credentials.accountSid ?? '').trim();
	const fail = (field: string, name: string, rule: string) =>
		new NodeOperationError(
			ctx.getNode(),
			`Invalid "${field}" (${name}) of the credential: must be ${rule}`,
			{
				itemIndex,
				description: 'Fix it in the Twilio credential; nothing was sent to Twilio.',
			},
		);
	if (!ACCOUNT_SID.test(sid))
		throw fail('Account SID', 'accountSid', 'AC followed by 32 hex characters');
	if (
		credentials.authType === 'apiKey' &&
		!API_KEY_SID.test(String(credentials.apiKeySid ?? '').trim())
	) {
		throw fail('API Key SID', 'apiKeySid', 'SK followed by 32 hex characters');
	}
	return sid;
}

/** What a request is about: its place below the account's conferences, and how a 404 names it. */
export interface Target {
	/** The path after `/Conferences`, e.g. `[CF…, 'Participants', CA…]`; each part percent-encoded */
	parts: string[];
	/** e.g. `conference "CF…"` */
	subject?: string;
}

/** `/2010-04-01/Accounts/<the credential's Account SID>/Conferences[/<part>…].json` */
export async function conferencesPath(ctx: ApiContext, i: number, target: Target): Promise<string> {
	const account = await accountSid(ctx, i);
	const below = target.parts.map((part) => apiPath`/${part}`).join('');
	return `${apiPath`/2010-04-01/Accounts/${account}/Conferences`}${below}.json`;
}

/**
 * Fields the node reads under Twilio's names: `muted` → `Muted`, and the date filters
 * `dateCreatedAfter` → `DateCreated>` (on or after), `dateCreatedBefore` → `DateCreated<`.
 */
export function twilioFields(fields: IDataObject): IDataObject {
	const twilioName = (name: string) =>
		(name.charAt(0).toUpperCase() + name.slice(1)).replace(
			/^(Date(?:Created|Updated))(After|Before)$/,
			(_, date: string, when: string) => date + (when === 'After' ? '>' : '<'),
		);
	return Object.fromEntries(Object.entries(fields).map(([name, v]) => [twilioName(name), v]));
}

/** A request on a conference, or on a participant or recording of it; the body in the node's names. */
export async function conferenceRequest(
	ctx: ApiContext,
	i: number,
	method: IHttpRequestMethods,
	target: Target,
	body?: IDataObject,
): Promise<IDataObject> {
	return await twilio.request<IDataObject>(ctx, i, {
		method,
		path: await conferencesPath(ctx, i, target),
		body: body && twilioFields(body),
		subject: target.subject,
	});
}
