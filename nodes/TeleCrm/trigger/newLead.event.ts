import type { IDataObject, INodeProperties, IPollFunctions } from 'n8n-workflow';

import type { Found, Window } from './event.type';
import {
	leadFilterOptions,
	leadFilterProperties,
	leadFiltersOf,
} from '../actions/parameters/leadFilters';
import { searchLeadRows } from '../helpers/leads/leadSearch';
import type { ExecutionScope } from '../helpers/scope';
import { WHOLE_LEAD } from '../helpers/output/outputShaper';
import { createdAt, leadIdOf } from '../helpers/values/rows';

export const option = { name: 'New Lead', description: 'A lead was created (one item per lead)' };

const leadFiltersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'leadFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	description: 'Only leads matching every filter start the workflow',
	// The creation window is the trigger's own; every other lead filter is offered.
	options: leadFilterOptions.filter(
		(o) => o !== leadFilterProperties.createdAfter && o !== leadFilterProperties.createdBefore,
	),
};

export const properties: INodeProperties[] = [leadFiltersProperty];

export const nothingYet = 'No lead matches';

async function leadsIn(
	this: IPollFunctions,
	scope: ExecutionScope,
	window: Window | undefined,
	limit: number,
): Promise<Found[]> {
	const filters = leadFiltersOf(this.getNodeParameter(leadFiltersProperty.name, {}) as IDataObject);
	if (window) filters.created = { ...window };
	const rows = await searchLeadRows(scope.api, scope.workspace, { filters }, limit);
	const found: Found[] = [];
	for (const row of rows) {
		const id = leadIdOf(row);
		if (!id) continue;
		const item = async () => (await scope.output.searchRows([row], WHOLE_LEAD))[0];
		found.push({ id, at: createdAt(row), item });
	}
	return found;
}

export async function poll(this: IPollFunctions, scope: ExecutionScope, window: Window) {
	return await leadsIn.call(this, scope, window, Infinity);
}

/** The newest matching lead. */
export async function sample(this: IPollFunctions, scope: ExecutionScope) {
	return await leadsIn.call(this, scope, undefined, 1);
}
