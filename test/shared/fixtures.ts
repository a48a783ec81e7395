import type { ICredentialType, IExecuteFunctions, INodeProperties, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { baseUrlProperty, bearerAuth } from '../../credentials/bearer';
import type { OperationResult } from '../../nodes/shared/items';
import { describeResources, executeResources } from '../../nodes/shared/operations';
import type { ProviderProfile } from '../../nodes/shared/transport/client';
import { ApiClient } from '../../nodes/shared/transport/client';
import { credential } from '../kit/mockApi';

/** A bearer credential like the providers' ones, for kernel tests. */
export class TestApi implements ICredentialType {
	name = 'testApi';
	displayName = 'Test API';
	properties = [
		{
			displayName: 'Token',
			name: 'token',
			type: 'string' as const,
			typeOptions: { password: true },
			default: '',
		},
		baseUrlProperty('https://api.example.test'),
	];
	authenticate = bearerAuth('token');
}

export const testCredentials = (baseUrl: string, token = 'secret-token') =>
	credential(new TestApi(), { token, baseUrl });

export const testClient = (profile: Partial<ProviderProfile> = {}) =>
	new ApiClient({ name: 'TestProvider', credentialType: 'testApi', ...profile });

/** A one-operation node whose per-item work is the given function, run by the kernel. */
export function nodeDoing(
	execute: (this: IExecuteFunctions, i: number) => Promise<OperationResult>,
	properties: INodeProperties[] = [],
): INodeType {
	const resources = {
		thing: {
			name: 'Thing',
			operations: {
				run: { name: 'Run', action: 'Run it', description: 'Runs', properties, execute },
			},
		},
	};
	return {
		description: {
			displayName: 'Kernel Test',
			name: 'kernelTest',
			group: ['output'],
			version: 1,
			description: 'Kernel test node',
			defaults: { name: 'Kernel Test' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'testApi', required: true }],
			properties: describeResources(resources, 'thing'),
		},
		async execute(this: IExecuteFunctions) {
			return await executeResources(this, resources);
		},
	};
}
