import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as timeline from './timeline';
import type {
	ExecutionScope,
	LeadKey,
	OperationModule,
	Resource,
	ResourceOperations,
} from './node.type';
import * as lead from './lead';
import * as teamMember from './teamMember';
import * as workspace from './workspace';
import { toNodeError } from '../helpers/nodeErrors';
import { readDefinitionsMode } from './parameters';
import { executionScope } from '../helpers/scope';
import { wholeNumber } from '../helpers/values/numbers';
import { isNodeApiError, RETRY_POLICY } from '../transport';

const resources: { [R in Resource]: ResourceOperations<R> } = {
	action: timeline.operations,
	lead: lead.operations,
	teamMember: teamMember.operations,
	workspace: workspace.operations,
};

function operationOf(this: IExecuteFunctions): OperationModule {
	const resource = this.getNodeParameter('resource', 0) as Resource;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = (resources[resource] as Record<string, OperationModule> | undefined)?.[operation];
	if (!module) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not known`,
		);
	}
	return module;
}

function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (isNodeApiError(error) && error.httpCode) json.httpCode = error.httpCode;
	return json;
}

type ItemOutcome = { items: INodeExecutionData[] } | { error: NodeApiError | NodeOperationError };

/**
 * Runs `runItem` for every item, up to `inFlight` at once; outcomes keep their item's place.
 * Once n8n cancels the execution (Stop, or its timeout) no further item starts: n8n 1.x does
 * not abort a running node's requests, which would otherwise go on writing leads unseen.
 */
async function runAll(
	count: number,
	inFlight: number,
	stopOnError: boolean,
	runItem: (itemIndex: number) => Promise<ItemOutcome>,
	cancel?: AbortSignal,
): Promise<ItemOutcome[]> {
	const outcomes: ItemOutcome[] = new Array(count);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && !cancel?.aborted && next < count) {
			const itemIndex = next++;
			outcomes[itemIndex] = await runItem(itemIndex);
			if ('error' in outcomes[itemIndex] && stopOnError) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
	return outcomes;
}

/** The output of every item that succeeded, by item index (its first item: one per input). */
function succeeded(outcomes: ItemOutcome[]): Map<number, IDataObject> {
	const outputs = new Map<number, IDataObject>();
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome && 'items' in outcome && outcome.items[0])
			outputs.set(itemIndex, outcome.items[0].json);
	});
	return outputs;
}

/**
 * Every item's lead lookup before the first item runs: one search per 100 identifier values
 * for the whole execution. An item whose value cannot be read is left to fail on its own run.
 */
async function lookUpAll(
	this: IExecuteFunctions,
	module: OperationModule,
	scope: ExecutionScope,
	count: number,
	inFlight: number,
): Promise<void> {
	const keys: Array<LeadKey | undefined> = [];
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		keys.push(await module.leadKey!.call(this, itemIndex, scope).catch(() => undefined));
	}
	await scope.leads.prefetch(keys, inFlight);
}

/** The item loop of every operation: one execution scope, per-item errors, item links kept. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const module = operationOf.call(this);
	const options = this.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	// As an AI agent's tool, an error is the tool's answer: a thrown one reaches the model empty.
	const continueOnFail = this.continueOnFail() || this.getNode().type.endsWith('Tool');
	let inFlight = 1;
	try {
		if (module.parallelItems) {
			const max = RETRY_POLICY.maxItemsInFlight;
			inFlight = wholeNumber(options.itemsInFlight ?? 1, 'Items in Flight', 1, max);
		}
	} catch (caught) {
		// A setting of the node, not of one item: every item fails with the same message.
		const error = toNodeError(this.getNode(), caught, 0);
		if (!continueOnFail) throw error;
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } }))];
	}
	const scope = executionScope(
		this,
		{ timeoutMs: Number(options.timeout ?? RETRY_POLICY.requestTimeoutMs) },
		options.dates === 'raw' ? 'raw' : 'iso',
		// Workspace operations exist to read the definitions: always fresh (renewing what is kept).
		readDefinitionsMode(options, this.getNodeParameter('resource', 0) === 'workspace'),
	);

	if (module.leadKey) await lookUpAll.call(this, module, scope, items.length, inFlight);

	const runItem = async (itemIndex: number): Promise<ItemOutcome> => {
		await scope.leads.turn(itemIndex);
		try {
			const result = await module.execute.call(this, itemIndex, scope);
			const json = this.helpers.returnJsonArray(result);
			return {
				items: this.helpers.constructExecutionMetaData(json, { itemData: { item: itemIndex } }),
			};
		} catch (caught) {
			return { error: toNodeError(this.getNode(), caught, itemIndex) };
		} finally {
			scope.leads.finished(itemIndex);
		}
	};
	const cancel = this.getExecutionCancelSignal();
	const outcomes = await runAll(items.length, inFlight, !continueOnFail, runItem, cancel);
	// Cancelled: nothing more is sent (Confirm's searches would go out after Stop).
	if (module.settle && !cancel?.aborted) await module.settle.call(this, succeeded(outcomes), scope);

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (!outcome) continue;
		if ('items' in outcome) output.push(...outcome.items);
		else if (continueOnFail)
			output.push({ json: errorJson(outcome.error), pairedItem: { item: itemIndex } });
		else throw outcome.error;
	}
	return [output];
}
