import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leadSearchBody } from '../../helpers/filters';
import { leadIdOf } from '../../helpers/leads';
import { wantedRows } from '../../helpers/pagination';
import { requestAllPages, MAX_PAGE_SIZE } from '../../transport';
import type { ExecutionScope } from '../node.type';
import { leadFilterOptions, returnAllOrLimit, simplifyProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Filters are exact matches; different filters must all match (AND)',
		options: leadFilterOptions,
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['search'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api, workspace, output }: ExecutionScope,
): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const limit = wantedRows.call(this, itemIndex);
	// Return All pins the result set at its start: leads created while it pages are left out.
	const pinTo = limit === Infinity ? Date.now() : undefined;
	const rows = await requestAllPages(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body: await leadSearchBody(workspace, { filters, pinTo }),
		maxPageSize: MAX_PAGE_SIZE.leads,
		limit,
		itemIndex,
		uniqueBy: leadIdOf,
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return await Promise.all(rows.map(async (row) => await output.leadRow(row, simplify)));
}
