/** Return All and its Limit, for the operations that list. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wholeNumberOf } from './numbers';

const returnAllProperty: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** Return All's Limit: its reader checks an expression's value against these bounds. */
const limitProperty: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** Return All + Limit pair for list operations (wrap with updateDisplayOptions). */
export function returnAllOrLimit(): INodeProperties[] {
	return [{ ...returnAllProperty }, { ...limitProperty }];
}

/** Return All / Limit: Infinity, or the checked Limit. */
export function readRowsWanted(this: IExecuteFunctions, itemIndex: number): number {
	if (this.getNodeParameter(returnAllProperty.name, itemIndex, false) as boolean) return Infinity;
	const limit = this.getNodeParameter(limitProperty.name, itemIndex, limitProperty.default);
	return wholeNumberOf(limitProperty, limit);
}
