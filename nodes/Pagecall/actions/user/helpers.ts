import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { pagecall, unwrap } from '../../transport';

/** Creates a user (or replaces the user with the same `user_id`); the answer carries its access token. */
export async function createUser(
	ctx: IExecuteFunctions,
	i: number,
	body: IDataObject,
): Promise<IDataObject> {
	return unwrap(await pagecall.request(ctx, i, { method: 'POST', path: '/users', body }), 'user');
}
