import { ExecuteContext, HookContext, LoadOptionsContext, WebhookContext } from 'n8n-core';
import type {
	IBinaryKeyData,
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, Workflow } from 'n8n-workflow';

/** A credential for a test: its type (the real class) and the values the user typed. */
export interface TestCredential {
	type: ICredentialType;
	data: ICredentialDataDecryptedObject;
}

export interface NodeSetup {
	parameters: IDataObject;
	credentials?: Record<string, TestCredential>;
	timezone?: string;
	continueOnFail?: boolean;
	staticData?: IDataObject;
}

/**
 * Resolves and applies credentials the way n8n's own credentials helper does: defaults from the
 * credential's properties, then its `authenticate` (generic expressions or a function).
 */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly credentials: Record<string, TestCredential>) {
		super();
	}

	private entry(type: string): TestCredential {
		const entry = this.credentials[type];
		if (!entry) throw new Error(`No test credential of type ${type}`);
		return entry;
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.entry(typeName).type;
		const options = requestOptions as IHttpRequestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate) return options;
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		for (const [section, values] of Object.entries(authenticate.properties)) {
			const target = ((options as unknown as IDataObject)[section] ??= {}) as IDataObject;
			for (const [key, value] of Object.entries(values as IDataObject))
				target[String(resolve(key))] = resolve(value) as string;
		}
		return options;
	}

	async preAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async getDecrypted(_data: IWorkflowExecuteAdditionalData, _node: unknown, type: string) {
		const { type: credentialType, data } = this.entry(type);
		const defaults = Object.fromEntries(credentialType.properties.map((p) => [p.name, p.default]));
		return { ...defaults, ...data } as ICredentialDataDecryptedObject;
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return this.entry(type).type.properties;
	}
}

const NODE_NAME = 'Node under test';
export const WEBHOOK_BASE_URL = 'https://n8n.example.test/webhook';

function buildWorkflow(nodeType: INodeType, setup: NodeSetup) {
	const description = nodeType.description;
	const node: INode = {
		id: 'node-under-test',
		name: NODE_NAME,
		type: `CUSTOM.${description.name}`,
		typeVersion: Array.isArray(description.version)
			? Math.max(...description.version)
			: description.version,
		position: [0, 0],
		parameters: setup.parameters as INode['parameters'],
		webhookId: 'test-webhook-id',
		credentials: Object.fromEntries(
			Object.keys(setup.credentials ?? {}).map((type) => [
				type,
				{ id: `${type}-id`, name: `${type} test` },
			]),
		),
		...(setup.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		staticData: setup.staticData ?? {},
		settings: { timezone: setup.timezone ?? 'UTC' },
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(setup.credentials ?? {}),
		executionId: 'test-execution',
		restApiUrl: 'https://n8n.example.test/rest',
		instanceBaseUrl: 'https://n8n.example.test',
		webhookBaseUrl: WEBHOOK_BASE_URL,
		webhookTestBaseUrl: 'https://n8n.example.test/webhook-test',
		webhookWaitingBaseUrl: 'https://n8n.example.test/webhook-waiting',
		formWaitingBaseUrl: 'https://n8n.example.test/form-waiting',
		variables: {},
		currentNodeParameters: undefined,
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	return { workflow, node: workflow.getNode(NODE_NAME) as INode, additionalData };
}

export interface RunResult {
	/** The node's output (first output), when it did not throw */
	items: INodeExecutionData[];
	/** What the node threw, when it did */
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
}

/** Runs an action node over the given input items (with `binaries[i]` as item i's binary data) in n8n-core's real ExecuteContext. */
export async function runNode(
	nodeType: INodeType,
	setup: NodeSetup & { items?: IDataObject[]; binaries?: Array<IBinaryKeyData | undefined> },
): Promise<RunResult> {
	const { workflow, node, additionalData } = buildWorkflow(nodeType, setup);
	const items: INodeExecutionData[] = (setup.items ?? [{}]).map((json, index) => ({
		json,
		pairedItem: { item: index },
		...(setup.binaries?.[index] ? { binary: setup.binaries[index] } : {}),
	}));
	const runExecutionData = createRunExecutionData();
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'manual',
		runExecutionData,
		0,
		items,
		{ main: [items] },
		{ node, data: { main: [items] }, source: { main: [{ previousNode: 'Input' }] } },
		[],
	);
	try {
		const output = (await nodeType.execute!.call(context)) as INodeExecutionData[][];
		return { items: output[0] };
	} catch (error) {
		return { items: [], error: error as RunResult['error'] };
	}
}

type RunOptions = Partial<
	Pick<Parameters<typeof runNode>[1], 'continueOnFail' | 'binaries' | 'timezone'>
>;

/** Runs `nodeType` on `resource` with `credentials` over the given input items (one `{}` by default). */
export const resourceRunner =
	(nodeType: INodeType, credentials: NodeSetup['credentials'], resource: string) =>
	async (parameters: IDataObject, items?: IDataObject[], options: RunOptions = {}) =>
		await runNode(nodeType, {
			credentials,
			items,
			...options,
			parameters: { resource, ...parameters },
		});

export interface WebhookCall {
	method?: 'POST' | 'GET';
	headers?: Record<string, string>;
	/** The raw body bytes as the provider sent them */
	rawBody?: string;
	/** The parsed body (as n8n parses it); defaults to JSON.parse(rawBody) */
	body?: unknown;
	query?: IDataObject;
	webhookName?: string;
}

export interface WebhookResult {
	status: number;
	body: unknown;
	/** Whether a response was written directly (n8n then sends nothing else) */
	answered: boolean;
	result: IWebhookResponseData;
	/** The workflow's static data as n8n holds it (an observable object with its `__dataChanged` mark) */
	staticData: IDataObject;
}

/** Delivers one request to a trigger's webhook() in n8n-core's real WebhookContext. */
export async function callWebhook(
	nodeType: INodeType,
	setup: NodeSetup,
	call: WebhookCall,
): Promise<WebhookResult> {
	const { workflow, node, additionalData } = buildWorkflow(nodeType, setup);
	const rawBody = call.rawBody ?? '';
	const contentType = Object.entries(call.headers ?? {}).find(
		([k]) => k.toLowerCase() === 'content-type',
	)?.[1];
	const body =
		call.body ??
		(rawBody === ''
			? {}
			: contentType?.includes('x-www-form-urlencoded')
				? Object.fromEntries(new URLSearchParams(rawBody))
				: JSON.parse(rawBody));
	const response = { status: 200, body: undefined as unknown, answered: false };
	const res = {
		status(code: number) {
			response.status = code;
			return res;
		},
		json(payload: unknown) {
			response.body = payload;
			response.answered = true;
			return res;
		},
		send(payload: unknown) {
			response.body = payload;
			response.answered = true;
			return res;
		},
		type() {
			return res;
		},
		setHeader() {
			return res;
		},
		end() {
			response.answered = true;
			return res;
		},
	};
	const headers = Object.fromEntries(
		Object.entries(call.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
	);
	additionalData.httpRequest = {
		method: call.method ?? 'POST',
		headers,
		body,
		rawBody: Buffer.from(rawBody, 'utf8'),
		query: call.query ?? {},
		params: {},
	} as unknown as IWorkflowExecuteAdditionalData['httpRequest'];
	additionalData.httpResponse = res as unknown as IWorkflowExecuteAdditionalData['httpResponse'];
	const description = nodeType.description.webhooks?.find(
		(w) => w.name === (call.webhookName ?? 'default'),
	);
	const webhookData = {
		httpMethod: call.method ?? 'POST',
		node: node.name,
		path: 'webhook',
		webhookDescription: description,
		workflowId: workflow.id,
	} as unknown as IWebhookData;
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	const result = await nodeType.webhook!.call(context);
	return {
		status: response.status,
		body: response.body,
		answered: response.answered,
		result,
		staticData: workflow.staticData,
	};
}

/** Runs a trigger's webhook lifecycle method in n8n-core's real HookContext. */
export async function callWebhookMethod(
	nodeType: INodeType,
	setup: NodeSetup,
	method: 'checkExists' | 'create' | 'delete',
	activation: WorkflowActivateMode = 'activate',
) {
	const { workflow, node, additionalData } = buildWorkflow(nodeType, setup);
	const description = nodeType.description.webhooks?.[0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: `${node.webhookId}/webhook`,
		webhookDescription: description,
		workflowId: workflow.id,
		webhookId: node.webhookId,
	} as unknown as IWebhookData;
	const context = new HookContext(
		workflow,
		node,
		additionalData,
		'trigger',
		activation,
		webhookData,
	);
	const result = await nodeType.webhookMethods!.default![method]!.call(context);
	return { result, staticData: workflow.staticData };
}

/** Calls one of a node's `methods.listSearch` functions in n8n-core's real LoadOptionsContext. */
export async function callListSearch(
	nodeType: INodeType,
	setup: NodeSetup,
	method: string,
	filter?: string,
	paginationToken?: string,
) {
	const { workflow, node, additionalData } = buildWorkflow(nodeType, setup);
	// The editor sends the parameters the user is editing with every list search.
	additionalData.currentNodeParameters = node.parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`The node has no listSearch method ${method}`);
	return await search.call(context as ILoadOptionsFunctions, filter, paginationToken);
}
