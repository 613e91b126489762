/**
 * Runs the TeleCRM node inside n8n's real execution engine (n8n-core WorkflowExecute),
 * with credentials resolved the way n8n resolves them: decrypted data in, the credential's
 * authenticate function applied.
 */
import {
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PollContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	ResourceMapperFields,
} from 'n8n-workflow';
import {
	createRunExecutionData,
	ICredentialsHelper,
	LoggerProxy,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';

import { recordOutputs } from './outputs';
import { recordSeen } from './secrets';

import { TeleCrmAsyncApi } from '../credentials/TeleCrmAsyncApi.credentials';
import { TeleCrmSyncApi } from '../credentials/TeleCrmSyncApi.credentials';
import { TeleCrm } from '../nodes/TeleCrm/TeleCrm.node';
import { TeleCrmTrigger } from '../nodes/TeleCrm/TeleCrmTrigger.node';

const NODE_TYPE = 'n8n-nodes-telecrm.teleCrm';
const TRIGGER_TYPE = 'n8n-nodes-telecrm.teleCrmTrigger';
const CREDENTIAL_TYPE = 'teleCrmSyncApi';
export const ASYNC_CREDENTIAL_TYPE = 'teleCrmAsyncApi';

/** n8n's log lines go to the secret scan instead of the console. */
function captureLogs(): void {
	const log = (level: string) => (message: string, meta?: object) =>
		recordSeen(`log ${level}`, [message, meta]);
	LoggerProxy.init({
		error: log('error'),
		warn: log('warn'),
		info: log('info'),
		debug: log('debug'),
	} as never);
}

const credentialTypes: Record<string, ICredentialType> = {
	[CREDENTIAL_TYPE]: new TeleCrmSyncApi(),
	[ASYNC_CREDENTIAL_TYPE]: new TeleCrmAsyncApi(),
};
const nodeType: INodeType = new TeleCrm();
const triggerType = new TeleCrmTrigger();
const types: Record<string, INodeType> = { [NODE_TYPE]: nodeType, [TRIGGER_TYPE]: triggerType };

const nodeTypes: INodeTypes = {
	getByName: (type: string) => {
		if (!types[type]) throw new Error(`Unknown node type ${type}`);
		return types[type];
	},
	getByNameAndVersion: (type: string, version?: number) =>
		NodeHelpers.getVersionedNodeType(nodeTypes.getByName(type) as INodeType, version),
	getKnownTypes: () => ({}),
} as INodeTypes;

/** Both credentials of a workspace: the Sync one, and the Async one's token and base URL. */
export interface TeleCrmCredentials {
	enterpriseId: string;
	syncToken: string;
	baseUrl: string;
	asyncToken: string;
	asyncBaseUrl: string;
	/** The Async credential's own Enterprise ID, when it differs from the Sync one's. */
	asyncEnterpriseId?: string;
}

/** The fields one credential type holds, from the workspace's credentials. */
function credentialData(type: string, data: ICredentialDataDecryptedObject) {
	if (type !== ASYNC_CREDENTIAL_TYPE) {
		const sync = { ...data };
		delete sync.asyncToken;
		delete sync.asyncBaseUrl;
		delete sync.asyncEnterpriseId;
		return sync;
	}
	const { enterpriseId, asyncToken, asyncBaseUrl, asyncEnterpriseId } = data;
	const asyncData: ICredentialDataDecryptedObject = {
		enterpriseId: asyncEnterpriseId ?? enterpriseId,
		asyncToken,
	};
	if (asyncBaseUrl !== undefined) asyncData.baseUrl = asyncBaseUrl;
	return asyncData;
}

let credentialReads = 0;

/** How often nodes read (in n8n: fetched, decrypted, resolved) a credential so far. */
export function credentialReadCount(): number {
	return credentialReads;
}

/** What n8n's CredentialsHelper does for a node: decrypted data in, authenticated request out. */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	/** As n8n's CredentialsHelper does for a credential whose `authenticate` is a function. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = credentialTypeByName(typeName);
		if (typeof authenticate !== 'function') {
			throw new Error(`the harness expects ${typeName}.authenticate to be a function`);
		}
		return await authenticate(credentials, requestOptions);
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by the engine for this node');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: unknown,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		credentialReads++;
		const defaults: ICredentialDataDecryptedObject = {};
		for (const property of credentialTypeByName(type).properties) {
			defaults[property.name] = property.default as string;
		}
		return { ...defaults, ...credentialData(type, this.data) };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return credentialTypeByName(type).properties;
	}
}

function credentialTypeByName(name: string): ICredentialType {
	if (!credentialTypes[name]) throw new Error(`Unknown credential type ${name}`);
	return credentialTypes[name];
}

export interface RunOptions {
	parameters: INodeParameters;
	credentials: Partial<TeleCrmCredentials>;
	/** Input items (json); default one empty item. */
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** Another instance of the node type, e.g. one loaded with its own n8n-workflow copy. */
	nodeType?: INodeType;
	/** Credential types the node has none selected for (an optional one left empty). */
	unselected?: string[];
	/** Gets the running execution, which it may cancel as n8n's Stop and timeout do. */
	started?: (execution: { cancel(): void }) => void;
}

export interface RunResult {
	/** Items of the node's first output, in order. */
	items: INodeExecutionData[];
	/** The execution's error, when the node failed the workflow. */
	error?: ExecutionError;
	run: IRun;
}

function buildNode(
	parameters: INodeParameters,
	continueOnFail = false,
	type = NODE_TYPE,
	unselected: string[] = [],
): INode {
	const node: INode = {
		id: 'b6f7ae1f-0c6d-4d4a-8c1d-4f3d3c0a1b2c',
		name: 'TeleCRM',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: {
			[CREDENTIAL_TYPE]: { id: '1', name: 'TeleCRM account' },
			[ASYNC_CREDENTIAL_TYPE]: { id: '2', name: 'TeleCRM Async account' },
		},
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	for (const credentialType of unselected) delete node.credentials![credentialType];
	return node;
}

function buildWorkflow(
	node: INode,
	staticData?: IDataObject,
): { workflow: Workflow; data: IWorkflowBase } {
	const data: IWorkflowBase = {
		id: 'wf-telecrm-test',
		name: 'TeleCRM test',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [node],
		connections: {},
	};
	const workflow = new Workflow({
		id: data.id,
		name: data.name,
		nodes: data.nodes,
		connections: data.connections,
		active: false,
		nodeTypes,
		settings: {},
		staticData,
	});
	// The node reads some parameters as n8n stores them (actions/parameters/itemValue.ts): a
	// node that changed one would change it for every later item. Frozen, it throws instead.
	deepFreeze(workflow.nodes[node.name].parameters);
	return { workflow, data };
}

function deepFreeze(value: unknown): void {
	if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
	Object.freeze(value);
	for (const inner of Object.values(value)) deepFreeze(inner);
}

function additionalDataFor(data: IWorkflowBase, credentials: Partial<TeleCrmCredentials>) {
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', data);
	// A plain object, not a mock proxy: every optional hook n8n probes (eval mocks, runner
	// identity, ...) must read as absent, as it does in a real instance.
	return {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials as ICredentialDataDecryptedObject),
		executionId: 'exec-1',
		currentNodeParameters: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		userId: 'user-1',
		logAiEvent: () => undefined,
		setExecutionStatus: () => undefined,
		sendDataToUI: () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Executes one TeleCRM node, fed with `items`, through WorkflowExecute. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	types[NODE_TYPE] = options.nodeType ?? nodeType;
	try {
		return await execute(options);
	} finally {
		types[NODE_TYPE] = nodeType;
	}
}

async function execute(options: RunOptions): Promise<RunResult> {
	const node = buildNode(options.parameters, options.continueOnFail, NODE_TYPE, options.unselected);
	const { workflow, data } = buildWorkflow(node);
	const additionalData = additionalDataFor(data, options.credentials);
	const input = (options.items ?? [{}]).map((json) => ({ json }));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [input] }, source: null }],
		},
	});
	captureLogs();
	const running = new WorkflowExecute(
		additionalData,
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);
	options.started?.(running);
	const run = await running;
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const result = { items: taskData?.data?.main?.[0] ?? [], error: run.data.resultData.error, run };
	recordSeen('run', result);
	// The workflow filled in the parameters' defaults: the resource and operation that ran.
	const { resource, operation, output } = workflow.getNode(node.name)!.parameters;
	// The schemas describe the default output (n8n picks one by resource and operation alone):
	// a lead's Output › Raw or Select Included Fields is not held to it.
	if (output === undefined || output === 'simple')
		recordOutputs({ resource: String(resource), operation: String(operation) }, result.items);
	return result;
}

/** Loader calls record what they return or throw, like node runs. */
async function seen<T>(label: string, call: () => Promise<T>): Promise<T> {
	const outcome = await call().then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error }),
	);
	recordSeen(label, outcome.ok ? outcome.value : outcome.error);
	return outcome.ok ? outcome.value : await Promise.reject(outcome.error as Error);
}

function loaderContext(
	parameters: INodeParameters,
	credentials: Partial<TeleCrmCredentials>,
	path = 'parameters.x',
) {
	const node = buildNode(parameters);
	const { workflow, data } = buildWorkflow(node);
	// The editor sends the node's current parameters with every loader call.
	const additionalData = {
		...additionalDataFor(data, credentials),
		currentNodeParameters: parameters,
	};
	return new LoadOptionsContext(workflow, node, additionalData, path);
}

/** Calls a loadOptions method the way the editor does, with a real LoadOptionsContext. */
export async function loadOptions(
	method: string,
	credentials: Partial<TeleCrmCredentials>,
	parameters: INodeParameters = {},
	/** The parameter's path, as the editor sends it (collections need it). */
	path?: string,
): Promise<INodePropertyOptions[]> {
	const fn = nodeType.methods!.loadOptions![method];
	return await seen(
		`loadOptions ${method}`,
		async () => await fn.call(loaderContext(parameters, credentials, path)),
	);
}

export async function listSearch(
	method: string,
	credentials: Partial<TeleCrmCredentials>,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const fn = nodeType.methods!.listSearch![method];
	return await seen(
		`listSearch ${method}`,
		async () => await fn.call(loaderContext({}, credentials), filter, paginationToken),
	);
}

export async function resourceMapping(
	method: string,
	credentials: Partial<TeleCrmCredentials>,
	parameters: INodeParameters = {},
): Promise<ResourceMapperFields> {
	const methods = nodeType.methods as unknown as {
		resourceMapping: Record<string, (this: LoadOptionsContext) => Promise<ResourceMapperFields>>;
	};
	return await seen(
		`resourceMapping ${method}`,
		async () => await methods.resourceMapping[method].call(loaderContext(parameters, credentials)),
	);
}

export interface PollOptions {
	parameters: INodeParameters;
	credentials: Partial<TeleCrmCredentials>;
	/** The workflow's static data, kept by the caller between polls as n8n keeps it. */
	staticData: IDataObject;
	/** 'trigger' for a scheduled poll, 'manual' for "Fetch Test Event". */
	mode?: 'trigger' | 'manual';
}

export interface PollResult {
	items: INodeExecutionData[] | null;
	error?: Error;
}

/** One poll of the trigger through n8n-core's real PollContext, as n8n's own trigger tests do. */
export async function runPoll({
	parameters,
	credentials,
	staticData,
	mode = 'trigger',
}: PollOptions): Promise<PollResult> {
	const node = buildNode(parameters, false, TRIGGER_TYPE);
	const { workflow, data } = buildWorkflow(node, staticData);
	const context = new PollContext(
		workflow,
		node,
		additionalDataFor(data, credentials),
		mode,
		'activate',
	);
	const outcome: PollResult = await triggerType.poll.call(context).then(
		(value) => ({ items: value ? value[0] : null }),
		(error: Error) => ({ items: null, error }),
	);
	recordSeen('poll', outcome.error ?? outcome.items);
	const { event } = workflow.getNode(node.name)!.parameters;
	recordOutputs({ event: String(event) }, outcome.items ?? []);
	return outcome;
}
