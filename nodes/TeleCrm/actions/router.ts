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
	Executed,
	FirstPass,
	OperationModule,
	Resource,
	ResourceOperations,
	SettledOperation,
} from './node.type';
import * as lead from './lead';
import * as teamMember from './teamMember';
import * as workspace from './workspace';
import { identifierKey } from '../helpers/leads/leadDirectory';
import { executionHints } from '../helpers/output/executionHints';
import { toNodeError } from '../helpers/nodeErrors';
import type { RequestOptions } from './parameters/executionSettings';
import { readCheckOnly, readRequestOptions } from './parameters/executionSettings';
import { executionScope } from '../helpers/scope';
import { isNodeApiError, WriteCapture } from '../transport';
import { checkOnlyHint, checkOnlyItem } from '../helpers/checkOnly';

const resources: { [R in Resource]: ResourceOperations<R> } = {
	action: timeline.operations,
	lead: lead.operations,
	teamMember: teamMember.operations,
	workspace: workspace.operations,
};

function operationOf(this: IExecuteFunctions, resource: Resource): OperationModule {
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

type Output = IDataObject | IDataObject[];

/** What one item's run gave: its value, or what it threw. */
type ItemOutcome<T> = { value: T } | { error: unknown };

export interface Schedule {
	/** Items running at once. */
	inFlight: number;
	/** Whether a failed item stops further items from starting. */
	stopOnError: boolean;
	/**
	 * Once aborted (n8n's Stop, or its timeout) no further item starts: n8n 1.x does not abort
	 * a running node's requests, which would otherwise go on writing leads unseen.
	 */
	cancel?: AbortSignal;
}

async function outcomeOf<T>(run: () => Promise<T>): Promise<ItemOutcome<T>> {
	try {
		return { value: await run() };
	} catch (error) {
		return { error };
	}
}

/**
 * Runs `run` for every item (one per key), up to `inFlight` at once, items start in input
 * order; an item waits for the earlier item with the same key to finish (two writes to one
 * lead never race). Outcomes keep their item's place; an item never started has none.
 */
export async function runItems<T>(
	keys: Array<string | undefined>,
	{ inFlight, stopOnError, cancel }: Schedule,
	run: (itemIndex: number) => Promise<T>,
): Promise<Array<ItemOutcome<T> | undefined>> {
	const outcomes = keys.map((): ItemOutcome<T> | undefined => undefined);
	const lastOfKey = new Map<string, Promise<unknown>>();
	const start = (itemIndex: number) => {
		const key = keys[itemIndex];
		const previous = key === undefined ? undefined : lastOfKey.get(key);
		const outcome = (async () => {
			await previous;
			// Stopped while it waited for the earlier item on its lead: it never starts.
			if (cancel?.aborted) return undefined;
			return await outcomeOf(async () => await run(itemIndex));
		})();
		if (key !== undefined) lastOfKey.set(key, outcome);
		return outcome;
	};
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && !cancel?.aborted && next < keys.length) {
			const itemIndex = next++;
			const outcome = await start(itemIndex);
			outcomes[itemIndex] = outcome;
			if (outcome && 'error' in outcome && stopOnError) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, keys.length) }, worker));
	return outcomes;
}

/** Every item's first pass: undefined where the operation has none. */
type FirstPasses = Array<FirstPass<unknown> | undefined>;

/**
 * Each item's first pass, its lead looked up (those marked `lookUpFirst`) before the first item
 * runs: one search per 100 identifier values for the whole execution. An item whose first pass
 * throws has none: its `execute` reads the item itself and fails on its own run.
 */
async function firstPassesOf(
	this: IExecuteFunctions,
	module: OperationModule,
	scope: ExecutionScope,
	inFlight: number,
): Promise<FirstPasses> {
	const passes: FirstPasses = this.getInputData().map(() => undefined);
	if (!module.firstPass) return passes;
	for (let itemIndex = 0; itemIndex < passes.length; itemIndex++) {
		passes[itemIndex] = await module.firstPass.call(this, itemIndex, scope).catch(() => undefined);
	}
	const lookUps = passes
		.filter((pass) => pass?.key?.lookUpFirst)
		.map((pass) => pass!.key!.identifier);
	await scope.leads.prefetch(lookUps, inFlight);
	return passes;
}

/** What orders the items: their leads' identifiers as telecrm matches them (any case). */
function orderKeys(passes: FirstPasses): Array<string | undefined> {
	return passes.map((pass) => pass?.key && identifierKey(pass.key.identifier));
}

/** Runs every item, then completes the outputs of those that succeeded, all at once. */
async function runSettled<State>(
	this: IExecuteFunctions,
	module: SettledOperation<State>,
	scope: ExecutionScope,
	passes: FirstPasses,
	schedule: Schedule,
): Promise<Array<ItemOutcome<Output> | undefined>> {
	const outcomes = await runItems(orderKeys(passes), schedule, (itemIndex) =>
		module.execute.call(this, itemIndex, scope, passes[itemIndex]?.read),
	);
	const executed = new Map<number, Executed<State>>();
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome && 'value' in outcome) executed.set(itemIndex, outcome.value);
	});
	// Cancelled: nothing more is sent (Confirm's searches would go out after Stop). Check
	// Only: nothing was queued for Confirm to find.
	const settled =
		schedule.cancel?.aborted || scope.api.settings.checkOnly
			? new Map<number, IDataObject>()
			: await module.settle.call(this, executed, scope);
	return outcomes.map((outcome, itemIndex) =>
		outcome && 'value' in outcome
			? { value: settled.get(itemIndex) ?? outcome.value.json }
			: outcome,
	);
}

/** Every item's outcome, in input order; an item never started (Stop, an error) has none. */
async function runOperation(
	this: IExecuteFunctions,
	module: OperationModule,
	scope: ExecutionScope,
	schedule: Schedule,
): Promise<Array<ItemOutcome<Output> | undefined>> {
	const passes = await firstPassesOf.call(this, module, scope, schedule.inFlight);
	if (module.settle) return await runSettled.call(this, module, scope, passes, schedule);
	return await runItems(orderKeys(passes), schedule, (itemIndex) =>
		module.execute.call(this, itemIndex, scope, passes[itemIndex]?.read),
	);
}

/**
 * The execution's hints in the output pane: what telecrm ignored, paused or only queued, once
 * for all items. Only where the context has them (n8n 1.x and 2.x do; a tool's may not).
 */
function addHints(this: IExecuteFunctions, scope: ExecutionScope, checked?: CheckOnlyTally): void {
	const slowDowns = scope.slowDowns();
	// Nothing noted (the facts stay `{}`) and no pause: no hint to work out.
	const noticed = Object.keys(scope.facts).length > 0 || slowDowns.length > 0;
	const hints = noticed ? executionHints(scope.facts, slowDowns) : [];
	if (checked) hints.unshift(checkOnlyHint(checked.passed, checked.failed, checked.writes));
	if (hints.length && typeof this.addExecutionHints === 'function')
		this.addExecutionHints(...hints);
}

/** Check Only's run: where the writes were held, and how many items passed or failed. */
interface CheckOnlyTally {
	capture: WriteCapture;
	passed: number;
	failed: number;
	writes: number;
}

/** Check Only's tally, when the execution only checks (`readCheckOnly`). */
function checkOnlyOf(this: IExecuteFunctions, module: OperationModule): CheckOnlyTally | undefined {
	if (!readCheckOnly.call(this, module.description)) return;
	return { capture: new WriteCapture(), passed: 0, failed: 0, writes: 0 };
}

/** An item's output: what the operation returned, or under Check Only the writes it held. */
function itemOutput(itemIndex: number, value: Output, checked?: CheckOnlyTally): Output {
	if (!checked) return value;
	const writes = checked.capture.writesOf(itemIndex);
	checked.passed++;
	checked.writes += writes.length;
	return checkOnlyItem(writes);
}

/** The item loop of every operation: one execution scope, per-item errors, item links kept. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as Resource;
	const module = operationOf.call(this, resource);
	// As an AI agent's tool, an error is the tool's answer: a thrown one reaches the model empty.
	const continueOnFail = this.continueOnFail() || this.getNode().type.endsWith('Tool');
	let options: RequestOptions;
	let checked: CheckOnlyTally | undefined;
	try {
		// Workspace operations exist to read the definitions: always fresh (renewing what is kept).
		const workspaceRead = resource === 'workspace';
		options = readRequestOptions.call(this, workspaceRead, module.parallelItems === true);
		checked = checkOnlyOf.call(this, module);
	} catch (caught) {
		// A setting of the node, not of one item: every item fails with the same message.
		const error = toNodeError(this.getNode(), caught, 0);
		if (!continueOnFail) throw error;
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } }))];
	}
	const { timeoutMs, dates, definitions } = options;
	const settings = { timeoutMs, checkOnly: checked?.capture };
	const scope = executionScope(this, settings, dates, definitions);
	const schedule: Schedule = {
		inFlight: options.itemsInFlight,
		stopOnError: !continueOnFail,
		cancel: this.getExecutionCancelSignal(),
	};
	const outcomes = await runOperation.call(this, module, scope, schedule);

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (!outcome) continue;
		if ('value' in outcome) {
			const json = this.helpers.returnJsonArray(itemOutput(itemIndex, outcome.value, checked));
			const itemData = { item: itemIndex };
			output.push(...this.helpers.constructExecutionMetaData(json, { itemData }));
			continue;
		}
		const error = toNodeError(this.getNode(), outcome.error, itemIndex);
		if (checked) checked.failed++;
		if (!continueOnFail) throw error;
		output.push({ json: errorJson(error), pairedItem: { item: itemIndex } });
	}
	addHints.call(this, scope, checked);
	return [output];
}
