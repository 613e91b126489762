import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { searchTimeline } from '../../helpers/leads/timeline';
import { timeWindow } from '../../helpers/values/dates';
import { pinnedWindow } from '../../helpers/values/filterValues';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { actionTypesFilter, performedByFilter, readActionFilters } from '../parameters/leadFilters';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';
import { readRowsWanted, returnAllOrLimit } from '../parameters/returnAll';

const createdAfterFilter: INodeProperties = {
	displayName: 'Created After',
	name: 'createdAfter',
	type: 'dateTime',
	default: '',
	description:
		'Actions logged at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
};

const createdBeforeFilter: INodeProperties = {
	displayName: 'Created Before',
	name: 'createdBefore',
	type: 'dateTime',
	default: '',
	description:
		'Actions logged at or before this time. With Return All and no value here, the search stops at the moment it started.',
};

const filtersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [actionTypesFilter, createdAfterFilter, createdBeforeFilter, performedByFilter],
};

const properties: INodeProperties[] = [leadLocator, ...returnAllOrLimit(), filtersProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['search'] } },
	properties,
);

/**
 * The timeline search of one lead, newest first; several types give their union (see
 * searchTimeline).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	locator: LeadLocator | undefined,
): Promise<IDataObject[]> {
	const { api, output } = scope;
	const leadId = await readLeadId.call(this, itemIndex, scope, locator);
	const filters = this.getNodeParameter(filtersProperty.name, itemIndex, {}) as IDataObject;
	const { actionTypes, performedBy } = readActionFilters(filters);
	const limit = readRowsWanted.call(this, itemIndex);
	const body: IDataObject = {};
	// Return All pins the timeline at its start: actions logged while it pages are left out.
	const created = pinnedWindow(
		timeWindow(filters[createdAfterFilter.name], filters[createdBeforeFilter.name], [
			createdAfterFilter.displayName,
			createdBeforeFilter.displayName,
		]),
		limit === Infinity ? Date.now() : undefined,
	);
	if (created) body.created_on = created;
	const search = { body, actionTypes, performedBy, limit, itemIndex };
	const rows = await searchTimeline(api, leadId, search);
	return await Promise.all(
		rows.map(async (row) => ({ lead_id: leadId, ...(await output.action(row)) })),
	);
}

export const firstPass = leadLocatorPass;
