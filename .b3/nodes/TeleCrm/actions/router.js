'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
exports.router = router;
const n8n_workflow_1 = require('n8n-workflow');
const action = __importStar(require('./action'));
const lead = __importStar(require('./lead'));
const teamMember = __importStar(require('./teamMember'));
const workspace = __importStar(require('./workspace'));
const nodeErrors_1 = require('../helpers/nodeErrors');
const scope_1 = require('../helpers/scope');
const invalidValue_1 = require('../helpers/values/invalidValue');
const transport_1 = require('../transport');
const resources = {
	action: action.operations,
	lead: lead.operations,
	teamMember: teamMember.operations,
	workspace: workspace.operations,
};
function operationOf() {
	const resource = this.getNodeParameter('resource', 0);
	const operation = this.getNodeParameter('operation', 0);
	const module = resources[resource]?.[operation];
	if (!module) {
		throw new n8n_workflow_1.NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not known`,
		);
	}
	return module;
}
function errorJson(error) {
	const json = { error: error.message };
	if (error.description) json.description = error.description;
	if ((0, transport_1.isNodeApiError)(error) && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
async function runAll(count, inFlight, stopOnError, runItem) {
	const outcomes = new Array(count);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && next < count) {
			const itemIndex = next++;
			outcomes[itemIndex] = await runItem(itemIndex);
			if ('error' in outcomes[itemIndex] && stopOnError) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
	return outcomes;
}
function succeeded(outcomes) {
	const outputs = new Map();
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome && 'items' in outcome && outcome.items[0])
			outputs.set(itemIndex, outcome.items[0].json);
	});
	return outputs;
}
async function lookUpAll(module, scope, count, inFlight) {
	const keys = [];
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		keys.push(await module.leadKey.call(this, itemIndex, scope).catch(() => undefined));
	}
	await scope.leads.prefetch(keys, inFlight);
}
async function router() {
	const items = this.getInputData();
	const module = operationOf.call(this);
	const options = this.getNodeParameter('requestOptions', 0, {});
	const continueOnFail = this.continueOnFail() || this.getNode().type.endsWith('Tool');
	let inFlight = 1;
	try {
		if (module.parallelItems) {
			const max = transport_1.RETRY_POLICY.maxItemsInFlight;
			inFlight = (0, invalidValue_1.wholeNumber)(
				options.itemsInFlight ?? 1,
				'Items in Flight',
				1,
				max,
			);
		}
	} catch (caught) {
		const error = (0, nodeErrors_1.toNodeError)(this.getNode(), caught, 0);
		if (!continueOnFail) throw error;
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } }))];
	}
	const scope = (0, scope_1.executionScope)(
		this,
		{ timeoutMs: Number(options.timeout ?? transport_1.RETRY_POLICY.requestTimeoutMs) },
		options.dates === 'raw' ? 'raw' : 'iso',
	);
	if (module.leadKey) await lookUpAll.call(this, module, scope, items.length, inFlight);
	const runItem = async (itemIndex) => {
		await scope.leads.turn(itemIndex);
		try {
			const result = await module.execute.call(this, itemIndex, scope);
			const json = this.helpers.returnJsonArray(result);
			return {
				items: this.helpers.constructExecutionMetaData(json, { itemData: { item: itemIndex } }),
			};
		} catch (caught) {
			return { error: (0, nodeErrors_1.toNodeError)(this.getNode(), caught, itemIndex) };
		} finally {
			scope.leads.finished(itemIndex);
		}
	};
	const outcomes = await runAll(items.length, inFlight, !continueOnFail, runItem);
	if (module.settle) await module.settle.call(this, succeeded(outcomes), scope);
	const output = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (!outcome) continue;
		if ('items' in outcome) output.push(...outcome.items);
		else if (continueOnFail)
			output.push({ json: errorJson(outcome.error), pairedItem: { item: itemIndex } });
		else throw outcome.error;
	}
	return [output];
}
//# sourceMappingURL=router.js.map
