import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeWindow } from '../../helpers/dates';
import { anyOf } from '../../helpers/filters';
import { resolveLeadId } from '../../helpers/leads';
import { wantedRows } from '../../helpers/pagination';
import { requestAllPages, MAX_PAGE_SIZE } from '../../transport';
import type { ExecutionScope } from '../node.type';
import { leadLocator, returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [
	leadLocator,
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Action Type Names or IDs',
				name: 'types',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getActionTypes' },
				default: [],
				description:
					'Calls, messages, custom actions, payments… Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Performed By Names or IDs',
				name: 'performedBy',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Team members who performed the action. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['search'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject[]> {
	const { api, output } = scope;
	const leadId = await resolveLeadId.call(this, itemIndex, scope);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	const type = anyOf(filters.types ?? []);
	if (type !== undefined) body.type = type;
	const created = timeWindow(filters.createdAfter, filters.createdBefore, [
		'Created After',
		'Created Before',
	]);
	if (created) body.created_on = created;
	const performedBy = anyOf(filters.performedBy ?? []);
	if (performedBy !== undefined) body.performed_by = performedBy;
	const rows = await requestAllPages(api, {
		method: 'POST',
		path: ['lead', leadId, 'action', 'search'],
		body,
		maxPageSize: MAX_PAGE_SIZE.actions,
		limit: wantedRows.call(this, itemIndex),
		itemIndex,
	});
	return await Promise.all(
		rows.map(async (row) => ({ lead_id: leadId, ...(await output.action(row)) })),
	);
}
