import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { searchLeadRows } from '../../helpers/leads/leadSearch';
import { noteReturnedAll } from '../../helpers/output/executionHints';
import type { ExecutionScope } from '../node.type';
import { leadFilters, readLeadFilters } from '../parameters/leadFilters';
import { leadOutputProperties, readLeadView } from '../parameters/outcome';
import { readRowsWanted, returnAllOrLimit } from '../parameters/returnAll';

const properties: INodeProperties[] = [...returnAllOrLimit(), leadFilters, ...leadOutputProperties];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['search'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject[]> {
	const limit = readRowsWanted.call(this, itemIndex);
	const filters = readLeadFilters.call(this, itemIndex);
	// Return All pins the result set at its start: leads created while it pages are left out.
	const pinTo = limit === Infinity ? Date.now() : undefined;
	const rows = await searchLeadRows(
		scope.api,
		scope.workspace,
		{ filters, pinTo },
		limit,
		itemIndex,
	);
	if (limit === Infinity) noteReturnedAll(scope.facts, rows.length);
	return await scope.output.searchRows(rows, readLeadView.call(this, itemIndex));
}
