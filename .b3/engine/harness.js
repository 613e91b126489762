'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.ASYNC_CREDENTIAL_TYPE =
	exports.CREDENTIAL_TYPE =
	exports.TRIGGER_TYPE =
	exports.NODE_TYPE =
		void 0;
exports.credentialReadCount = credentialReadCount;
exports.runNode = runNode;
exports.loadOptions = loadOptions;
exports.listSearch = listSearch;
exports.resourceMapping = resourceMapping;
exports.runPoll = runPoll;
const n8n_core_1 = require('n8n-core');
const n8n_workflow_1 = require('n8n-workflow');
const secrets_1 = require('./secrets');
const TeleCrmAsyncApi_credentials_1 = require('../credentials/TeleCrmAsyncApi.credentials');
const TeleCrmSyncApi_credentials_1 = require('../credentials/TeleCrmSyncApi.credentials');
const TeleCrm_node_1 = require('../nodes/TeleCrm/TeleCrm.node');
const TeleCrmTrigger_node_1 = require('../nodes/TeleCrm/TeleCrmTrigger.node');
exports.NODE_TYPE = 'n8n-nodes-telecrm.teleCrm';
exports.TRIGGER_TYPE = 'n8n-nodes-telecrm.teleCrmTrigger';
exports.CREDENTIAL_TYPE = 'teleCrmSyncApi';
exports.ASYNC_CREDENTIAL_TYPE = 'teleCrmAsyncApi';
function captureLogs() {
	const log = (level) => (message, meta) =>
		(0, secrets_1.recordSeen)(`log ${level}`, [message, meta]);
	n8n_workflow_1.LoggerProxy.init({
		error: log('error'),
		warn: log('warn'),
		info: log('info'),
		debug: log('debug'),
	});
}
const credentialTypes = {
	[exports.CREDENTIAL_TYPE]: new TeleCrmSyncApi_credentials_1.TeleCrmSyncApi(),
	[exports.ASYNC_CREDENTIAL_TYPE]: new TeleCrmAsyncApi_credentials_1.TeleCrmAsyncApi(),
};
const nodeType = new TeleCrm_node_1.TeleCrm();
const triggerType = new TeleCrmTrigger_node_1.TeleCrmTrigger();
const types = { [exports.NODE_TYPE]: nodeType, [exports.TRIGGER_TYPE]: triggerType };
const nodeTypes = {
	getByName: (type) => {
		if (!types[type]) throw new Error(`Unknown node type ${type}`);
		return types[type];
	},
	getByNameAndVersion: (type, version) =>
		n8n_workflow_1.NodeHelpers.getVersionedNodeType(nodeTypes.getByName(type), version),
	getKnownTypes: () => ({}),
};
function credentialData(type, data) {
	if (type !== exports.ASYNC_CREDENTIAL_TYPE) {
		const { asyncToken: _token, asyncBaseUrl: _url, ...sync } = data;
		return sync;
	}
	const { enterpriseId, asyncToken, asyncBaseUrl } = data;
	const asyncData = { enterpriseId, asyncToken };
	if (asyncBaseUrl !== undefined) asyncData.baseUrl = asyncBaseUrl;
	return asyncData;
}
let credentialReads = 0;
function credentialReadCount() {
	return credentialReads;
}
class TestCredentialsHelper extends n8n_workflow_1.ICredentialsHelper {
	data;
	constructor(data) {
		super();
		this.data = data;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(credentials, typeName, requestOptions) {
		const { authenticate } = credentialTypeByName(typeName);
		if (typeof authenticate !== 'function') {
			throw new Error(`the harness expects ${typeName}.authenticate to be a function`);
		}
		return await authenticate(credentials, requestOptions);
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials() {
		throw new Error('not used by the engine for this node');
	}
	async getDecrypted(_additionalData, _nodeCredentials, type) {
		credentialReads++;
		const defaults = {};
		for (const property of credentialTypeByName(type).properties) {
			defaults[property.name] = property.default;
		}
		return { ...defaults, ...credentialData(type, this.data) };
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(type) {
		return credentialTypeByName(type).properties;
	}
}
function credentialTypeByName(name) {
	if (!credentialTypes[name]) throw new Error(`Unknown credential type ${name}`);
	return credentialTypes[name];
}
function buildNode(parameters, continueOnFail = false, type = exports.NODE_TYPE) {
	return {
		id: 'b6f7ae1f-0c6d-4d4a-8c1d-4f3d3c0a1b2c',
		name: 'TeleCRM',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: {
			[exports.CREDENTIAL_TYPE]: { id: '1', name: 'TeleCRM account' },
			[exports.ASYNC_CREDENTIAL_TYPE]: { id: '2', name: 'TeleCRM Async account' },
		},
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}
function buildWorkflow(node, staticData) {
	const data = {
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
	const workflow = new n8n_workflow_1.Workflow({
		id: data.id,
		name: data.name,
		nodes: data.nodes,
		connections: data.connections,
		active: false,
		nodeTypes,
		settings: {},
		staticData,
	});
	return { workflow, data };
}
function additionalDataFor(data, credentials) {
	const hooks = new n8n_core_1.ExecutionLifecycleHooks('manual', 'exec-1', data);
	return {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
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
	};
}
async function runNode(options) {
	types[exports.NODE_TYPE] = options.nodeType ?? nodeType;
	try {
		return await execute(options);
	} finally {
		types[exports.NODE_TYPE] = nodeType;
	}
}
async function execute(options) {
	const node = buildNode(options.parameters, options.continueOnFail);
	const { workflow, data } = buildWorkflow(node);
	const additionalData = additionalDataFor(data, options.credentials);
	const input = (options.items ?? [{}]).map((json) => ({ json }));
	const runExecutionData = (0, n8n_workflow_1.createRunExecutionData)({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [input] }, source: null }],
		},
	});
	captureLogs();
	const run = await new n8n_core_1.WorkflowExecute(
		additionalData,
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const result = { items: taskData?.data?.main?.[0] ?? [], error: run.data.resultData.error, run };
	(0, secrets_1.recordSeen)('run', result);
	return result;
}
async function seen(label, call) {
	const outcome = await call().then(
		(value) => ({ ok: true, value }),
		(error) => ({ ok: false, error }),
	);
	(0, secrets_1.recordSeen)(label, outcome.ok ? outcome.value : outcome.error);
	return outcome.ok ? outcome.value : await Promise.reject(outcome.error);
}
function loaderContext(parameters, credentials, path = 'parameters.x') {
	const node = buildNode(parameters);
	const { workflow, data } = buildWorkflow(node);
	const additionalData = {
		...additionalDataFor(data, credentials),
		currentNodeParameters: parameters,
	};
	return new n8n_core_1.LoadOptionsContext(workflow, node, additionalData, path);
}
async function loadOptions(method, credentials, parameters = {}, path) {
	const fn = nodeType.methods.loadOptions[method];
	return await seen(
		`loadOptions ${method}`,
		async () => await fn.call(loaderContext(parameters, credentials, path)),
	);
}
async function listSearch(method, credentials, filter, paginationToken) {
	const fn = nodeType.methods.listSearch[method];
	return await seen(
		`listSearch ${method}`,
		async () => await fn.call(loaderContext({}, credentials), filter, paginationToken),
	);
}
async function resourceMapping(method, credentials, parameters = {}) {
	const methods = nodeType.methods;
	return await seen(
		`resourceMapping ${method}`,
		async () => await methods.resourceMapping[method].call(loaderContext(parameters, credentials)),
	);
}
async function runPoll({ parameters, credentials, staticData, mode = 'trigger' }) {
	const node = buildNode(parameters, false, exports.TRIGGER_TYPE);
	const { workflow, data } = buildWorkflow(node, staticData);
	const context = new n8n_core_1.PollContext(
		workflow,
		node,
		additionalDataFor(data, credentials),
		mode,
		'activate',
	);
	const outcome = await triggerType.poll.call(context).then(
		(value) => ({ items: value ? value[0] : null }),
		(error) => ({ items: null, error }),
	);
	(0, secrets_1.recordSeen)('poll', outcome.error ?? outcome.items);
	return outcome;
}
//# sourceMappingURL=harness.js.map
