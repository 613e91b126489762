import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeWindow } from '../../helpers/dates';

import { anyOf } from '../../helpers/filters';
import { wantedRows } from '../../helpers/pagination';
import { requestAllPages, MAX_PAGE_SIZE } from '../../transport';
import type { ExecutionScope } from '../node.type';
import { fieldValuePairs, returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Filters are exact matches; different filters must all match (AND)',
		options: [
			{
				displayName: 'Action Type Names or IDs',
				name: 'actionTypes',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getActionTypes' },
				default: [],
				description:
					'Keep leads having at least one action of any of these types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Actions Performed After',
				name: 'performedAfter',
				type: 'dateTime',
				default: '',
				description: 'Keep leads with a matching action performed at or after this time',
			},
			{
				displayName: 'Actions Performed Before',
				name: 'performedBefore',
				type: 'dateTime',
				default: '',
				description: 'Keep leads with a matching action performed at or before this time',
			},
			{
				displayName: 'Actions Performed By Names or IDs',
				name: 'performedBy',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Keep leads with a matching action performed by any of these team members (emails). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Assignee Names or IDs',
				name: 'assignee',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Leads assigned to any of these team members. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description: 'Leads created at or after this time',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description: 'Leads created at or before this time',
			},
			fieldValuePairs(
				'getLeadFields',
				'Exact, case-insensitive match on any lead field; several values for one field match any of them',
			),
			{
				displayName: 'Status Names or IDs',
				name: 'status',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getStatuses' },
				default: [],
				description:
					'Leads in any of these statuses (labels are matched case-sensitively). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return the lead fields at the top level instead of under "fields"',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['search'] } },
	properties,
);

/** The documented search body: fields (incl. created_on) and actions sub-criteria. */
export function buildLeadSearchBody(filters: IDataObject): IDataObject {
	const fields: IDataObject = {};
	const entries =
		((filters.fieldValues as IDataObject | undefined)?.values as IDataObject[] | undefined) ?? [];
	for (const { field, value } of entries) {
		const key = String(field ?? '').trim();
		if (!key) continue;
		const merged = anyOf([...([] as unknown[]).concat(fields[key] ?? []), value]);
		if (merged !== undefined) fields[key] = merged;
	}
	for (const key of ['status', 'assignee'] as const) {
		const value = anyOf(filters[key] ?? []);
		if (value !== undefined) fields[key] = value;
	}
	const created = timeWindow(filters.createdAfter, filters.createdBefore, [
		'Created After',
		'Created Before',
	]);
	if (created) fields.created_on = created;

	const actions: IDataObject = {};
	const type = anyOf(filters.actionTypes ?? []);
	if (type !== undefined) actions.type = type;
	const performedBy = anyOf(filters.performedBy ?? []);
	if (performedBy !== undefined) actions.performed_by = performedBy;
	const performed = timeWindow(filters.performedAfter, filters.performedBefore, [
		'Actions Performed After',
		'Actions Performed Before',
	]);
	if (performed) actions.performed_at = performed;

	const body: IDataObject = {};
	if (Object.keys(fields).length) body.fields = fields;
	if (Object.keys(actions).length) body.actions = actions;
	return body;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api, output }: ExecutionScope,
): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const rows = await requestAllPages(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body: buildLeadSearchBody(filters),
		maxPageSize: MAX_PAGE_SIZE.leads,
		limit: wantedRows.call(this, itemIndex),
		itemIndex,
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return await Promise.all(rows.map(async (row) => await output.leadRow(row, simplify)));
}
