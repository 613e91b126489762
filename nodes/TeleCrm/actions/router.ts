import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as action from './action';
import * as enterprise from './enterprise';
import * as lead from './lead';
import * as teamMember from './teamMember';
import type { ResourceModule } from './types';
import { asNodeError, InvalidValueError } from '../helpers/errors';
import { wholeNumber } from '../helpers/pagination';
import { Workspace } from '../helpers/workspace';
import { RETRY_POLICY, setRequestSettings } from '../transport';

export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1000 },
			default: 60000,
			description:
				'Milliseconds to wait for each TeleCRM answer. Reads are retried after a timeout; a create is never sent twice.',
		},
		{
			displayName: 'Items in Flight',
			name: 'itemsInFlight',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 32 },
			default: 1,
			description:
				'How many items to send to TeleCRM at once (create, update, get and similar operations). Output order and item links stay as they are; a 429 from TeleCRM pauses them all.',
		},
	],
};

const resources: Record<string, ResourceModule> = {
	action: action.operations,
	enterprise: enterprise.operations,
	lead: lead.operations,
	teamMember: teamMember.operations,
};

/** Every error leaves with its item index, as a NodeApiError or NodeOperationError. */
function itemError(
	this: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof InvalidValueError) {
		return new NodeOperationError(this.getNode(), `Item ${itemIndex}: ${error.message}`, {
			itemIndex,
			description: `Accepted: ${error.accepted}.`,
		});
	}
	const nodeError = asNodeError(this.getNode(), error, itemIndex);
	nodeError.context.itemIndex = itemIndex;
	return nodeError;
}

function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}

/** Operations that make one request per item and may run several items at once. */
const PARALLEL: Record<string, string[]> = {
	lead: ['create', 'upsert', 'get', 'update'],
	action: ['create', 'get', 'update'],
	teamMember: ['get', 'create', 'setAvailability'],
};

type ItemOutcome = { items: INodeExecutionData[] } | { error: NodeApiError | NodeOperationError };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.[operation];
	if (!module) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not known`,
		);
	}
	const options = this.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	setRequestSettings(this, { timeoutMs: Number(options.timeout ?? RETRY_POLICY.requestTimeoutMs) });
	const continueOnFail = this.continueOnFail();
	let inFlight = 1;
	try {
		if (PARALLEL[resource]?.includes(operation))
			inFlight = wholeNumber(options.itemsInFlight ?? 1, 'Items in Flight', 1, 32);
	} catch (caught) {
		// A setting of the node, not of one item: every item fails with the same message.
		const error = itemError.call(this, caught as Error, 0);
		if (!continueOnFail) throw error;
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } }))];
	}
	const workspace = new Workspace(this);

	const runItem = async (itemIndex: number): Promise<ItemOutcome> => {
		try {
			const result = await module.execute.call(this, itemIndex, workspace);
			const json = this.helpers.returnJsonArray(result);
			return {
				items: this.helpers.constructExecutionMetaData(json, { itemData: { item: itemIndex } }),
			};
		} catch (caught) {
			return { error: itemError.call(this, caught as Error, itemIndex) };
		}
	};

	// Up to `inFlight` items at once; outcomes are kept by index so the output keeps item order.
	const outcomes: ItemOutcome[] = new Array(items.length);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && next < items.length) {
			const itemIndex = next++;
			outcomes[itemIndex] = await runItem(itemIndex);
			if ('error' in outcomes[itemIndex] && !continueOnFail) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));

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
