import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeWindow } from '../../helpers/dates';

import type { FieldValueRow } from '../../helpers/filters';
import { anyOf, fieldValueFilters, memberEmails, pinnedWindow } from '../../helpers/filters';
import { leadIdOf } from '../../helpers/leads';
import type { Workspace } from '../../helpers/workspace';
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
					'Keep leads having at least one action of any of these types: custom action codes (1001) or built-in types (OUTGOING_CALL). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Actions Performed After',
				name: 'performedAfter',
				type: 'dateTime',
				default: '',
				description:
					'Keep leads with a matching action performed at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
			},
			{
				displayName: 'Actions Performed Before',
				name: 'performedBefore',
				type: 'dateTime',
				default: '',
				description:
					'Keep leads with a matching action performed at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
			},
			{
				displayName: 'Actions Performed By Names or IDs',
				name: 'performedBy',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Team-member emails: keep leads with a matching action performed by any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				hint: 'Emails, e.g. agent@company.com',
			},
			{
				displayName: 'Assignee Names or IDs',
				name: 'assignee',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Team-member emails: leads assigned to any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				hint: 'Emails, e.g. agent@company.com',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description:
					'Leads created at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description:
					'Leads created at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy). With Return All and no value here, the search stops at the moment it started.',
			},
			fieldValuePairs(
				'getLeadFields',
				'Exact, case-insensitive match on any lead field. Each value is read like a value to save: phones in any format, ratings as numbers, dates as a date picker or ISO date (matched to the millisecond), tags as a comma-separated list. Several values for one field match any of them.',
			),
			{
				displayName: 'Status Names or IDs',
				name: 'status',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getStatuses' },
				default: [],
				description:
					'Status labels (matched case-sensitively by TeleCRM), archived ones included: leads in any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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

/** Options of one lead search: what the user filtered on, and the bound of a Return All. */
interface SearchPlan {
	filters: IDataObject;
	/** Epoch ms the Return All started at; open-ended creation windows stop there. */
	pinTo?: number;
}

/** The documented search body: fields (incl. created_on) and actions sub-criteria. */
export async function buildLeadSearchBody(
	workspace: Workspace,
	{ filters, pinTo }: SearchPlan,
): Promise<IDataObject> {
	const rows =
		((filters.fieldValues as IDataObject | undefined)?.values as FieldValueRow[] | undefined) ?? [];
	const fields = await fieldValueFilters(workspace, rows);
	const status = anyOf(filters.status ?? []);
	if (status !== undefined) fields.status = status;
	const assignee = anyOf(memberEmails(filters.assignee ?? [], 'Assignee'));
	if (assignee !== undefined) fields.assignee = assignee;
	const created = pinnedWindow(
		filters.createdAfter,
		filters.createdBefore,
		['Created After', 'Created Before'],
		pinTo,
	);
	if (created) fields.created_on = created;

	const actions: IDataObject = {};
	const type = anyOf(filters.actionTypes ?? []);
	if (type !== undefined) actions.type = type;
	const performedBy = anyOf(memberEmails(filters.performedBy ?? [], 'Actions Performed By'));
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
	{ api, workspace, output }: ExecutionScope,
): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const limit = wantedRows.call(this, itemIndex);
	// Return All pins the result set at its start: leads created while it pages are left out.
	const pinTo = limit === Infinity ? Date.now() : undefined;
	const rows = await requestAllPages(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body: await buildLeadSearchBody(workspace, { filters, pinTo }),
		maxPageSize: MAX_PAGE_SIZE.leads,
		limit,
		itemIndex,
		uniqueBy: leadIdOf,
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return await Promise.all(rows.map(async (row) => await output.leadRow(row, simplify)));
}
