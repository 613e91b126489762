import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as action from './action';
import * as enterprise from './enterprise';
import * as lead from './lead';
import * as teamMember from './teamMember';
import type { ResourceModule } from './types';
import { asNodeError, InvalidValueError } from '../helpers/errors';
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
	],
};

const resources: Record<string, ResourceModule> = {
	action: action.operations,
	enterprise: enterprise.operations,
	lead: lead.operations,
	teamMember: teamMember.operations,
};

/** Every error leaves with its item index, as a NodeApiError or NodeOperationError. */
function itemError(this: IExecuteFunctions, error: Error, itemIndex: number): NodeApiError | NodeOperationError {
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

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.[operation];
	if (!module) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not known`);
	}
	const options = this.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	setRequestSettings(this, { timeoutMs: Number(options.timeout ?? RETRY_POLICY.requestTimeoutMs) });
	const workspace = new Workspace(this);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await module.execute.call(this, itemIndex, workspace);
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (caught) {
			const error = itemError.call(this, caught as Error, itemIndex);
			if (!this.continueOnFail()) throw error;
			output.push({ json: errorJson(error), pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}
