import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Return All + Limit pair for list operations (wrap with updateDisplayOptions). */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** Rows the user asked for: Infinity with Return All. */
export function wantedRows(this: IExecuteFunctions, itemIndex: number): number {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return Infinity;
	return this.getNodeParameter('limit', itemIndex, 50) as number;
}
