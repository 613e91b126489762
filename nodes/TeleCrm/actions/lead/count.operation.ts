import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { countGroupBy, countLeadGroups } from '../../helpers/leads/leadCount';
import type { ExecutionScope } from '../node.type';
import { leadFilters, readLeadFilters } from '../parameters/leadFilters';

const groupByProperty: INodeProperties = {
	displayName: 'Group By',
	name: 'groupBy',
	type: 'options',
	options: [
		{ name: 'None', value: 'none', description: 'One item: { count }' },
		{
			name: 'Status',
			value: 'status',
			description: 'One item per active status of the pipeline: { status, count }',
		},
		{
			name: 'Assignee',
			value: 'assignee',
			description: 'One item per team member: { assignee, name, count }',
		},
	],
	default: 'none',
	description:
		'One search request per group, whatever the number of leads; a Status or Assignee filter limits the groups to the values it names',
};

const othersProperty: INodeProperties = {
	displayName: 'Count Others',
	name: 'others',
	type: 'boolean',
	default: true,
	displayOptions: { show: { groupBy: ['status', 'assignee'] } },
	description:
		'Whether to add one item, { others: true, count }, for the leads in no group (archived or no status; unassigned or a deleted member), counted from the total: one more request (none when a Status or Assignee filter names the groups)',
};

const properties: INodeProperties[] = [groupByProperty, othersProperty, leadFilters];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['count'] } },
	properties,
);

/** A fixed few requests per item (one per group), independent of other items. */
export const parallelItems = true;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api, workspace }: ExecutionScope,
): Promise<IDataObject[]> {
	const groupBy = countGroupBy(this.getNodeParameter(groupByProperty.name, itemIndex, 'none'));
	const filters = readLeadFilters.call(this, itemIndex);
	const others = this.getNodeParameter(othersProperty.name, itemIndex, true) as boolean;
	// Every group counted up to the same moment, so the groups add up to the total.
	const plan = { filters, groupBy, others, pinTo: Date.now() };
	return await countLeadGroups(api, workspace, plan, itemIndex);
}
