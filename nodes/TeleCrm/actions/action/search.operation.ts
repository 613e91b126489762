import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { anyOf, pinnedWindow } from '../../helpers/filters';
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
					'Custom action codes (1001), PAYMENT or built-in types (OUTGOING_CALL…); several give every action of any of them, newest first. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description:
					'Actions logged at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description:
					'Actions logged at or before this time. With Return All and no value here, the search stops at the moment it started.',
			},
			{
				displayName: 'Performed By Names or IDs',
				name: 'performedBy',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTeamMembers' },
				default: [],
				description:
					'Team-member emails of who performed the action. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				hint: 'Emails, e.g. agent@company.com',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['search'] } },
	properties,
);

const actionIdOf = (row: IDataObject) =>
	row.action_id === undefined ? undefined : String(row.action_id);

/** Newest first, as telecrm sorts one search; ties by action ID, as it does. */
const newestFirst = (a: IDataObject, b: IDataObject) =>
	Number(b.created_on ?? 0) - Number(a.created_on ?? 0) ||
	String(b.action_id ?? '').localeCompare(String(a.action_id ?? ''));

/**
 * The timeline search. telecrm documents `type` as one string here, so several chosen types
 * are one search each, merged newest first and cut to the Limit: the union, exactly.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject[]> {
	const { api, output } = scope;
	const leadId = await resolveLeadId.call(this, itemIndex, scope);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const limit = wantedRows.call(this, itemIndex);
	const body: IDataObject = {};
	// Return All pins the timeline at its start: actions logged while it pages are left out.
	const created = pinnedWindow(
		filters.createdAfter,
		filters.createdBefore,
		['Created After', 'Created Before'],
		limit === Infinity ? Date.now() : undefined,
	);
	if (created) body.created_on = created;
	const performedBy = anyOf(filters.performedBy ?? []);
	if (performedBy !== undefined) body.performed_by = performedBy;
	const chosen = Array.isArray(filters.types)
		? filters.types
		: String(filters.types ?? '').split(',');
	const types = [...new Set(chosen.map((t) => String(t).trim()).filter(Boolean))];
	const search = async (type?: string) =>
		await requestAllPages(api, {
			method: 'POST',
			path: ['lead', leadId, 'action', 'search'],
			body: type === undefined ? body : { ...body, type },
			maxPageSize: MAX_PAGE_SIZE.actions,
			limit,
			itemIndex,
			uniqueBy: actionIdOf,
		});
	const rows =
		types.length <= 1
			? await search(types[0])
			: (await Promise.all(types.map(search))).flat().sort(newestFirst).slice(0, limit);
	return await Promise.all(
		rows.map(async (row) => ({ lead_id: leadId, ...(await output.action(row)) })),
	);
}
