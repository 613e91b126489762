import type { IDataObject } from 'n8n-workflow';

import type { ApiBody } from '../values/apiShapes';
import type { SearchPlan } from './leadSearch';
import { countSearchedLeads, leadSearchBody } from './leadSearch';
import type { Workspace } from '../workspace/workspace';
import { listOf } from '../values/filterValues';
import { InvalidValueError } from '../values/itemErrors';
import type { TeleCrmApi } from '../../transport';

const GROUP_BY = ['none', 'status', 'assignee'] as const;
export type CountGroupBy = (typeof GROUP_BY)[number];

/** A Group By value, checked (an expression may give anything). */
export function countGroupBy(value: unknown): CountGroupBy {
	const known = GROUP_BY.find((groupBy) => groupBy === value);
	if (known === undefined) throw new InvalidValueError('Group By', value, GROUP_BY.join(', '));
	return known;
}

/** One Count: the search filters, how to group, and whether to count the leads in no group. */
export interface CountPlan extends SearchPlan {
	groupBy: CountGroupBy;
	/** Adds one item for the leads in none of the groups (the total minus the groups). */
	others: boolean;
}

/**
 * How many leads a search body matches: one `POST /lead/search` with `limit=1`, read from
 * `total_count`. Without it (its shape is not documented) an empty answer is 0, and otherwise
 * the leads are counted page by page, each once, as Return All would fetch them (none kept).
 */
export async function countLeads(
	api: TeleCrmApi,
	body: ApiBody,
	itemIndex?: number,
): Promise<number> {
	const page = await api.request({
		method: 'POST',
		path: ['lead', 'search'],
		qs: { skip: 0, limit: 1 },
		body,
		itemIndex,
		searchOnly: true,
	});
	if (typeof page.total_count === 'number') return page.total_count;
	if (!Array.isArray(page.data) || page.data.length === 0) return 0;
	return await countSearchedLeads(api, body, itemIndex);
}

interface Group {
	/** The group's key and label in the output item, e.g. `{ status: 'Won' }`. */
	item: IDataObject;
	/** The value its search filters on. */
	value: string;
}

/** The groups: the values the filters already name, or else the workspace's own. */
async function groupsOf(
	workspace: Workspace,
	groupBy: 'status' | 'assignee',
	named: string[],
): Promise<Group[]> {
	if (groupBy === 'status') {
		const labels = named.length
			? named
			: (await workspace.statuses()).filter((s) => !s.archived).map((s) => s.label);
		return labels.map((status) => ({ item: { status }, value: status }));
	}
	const members = await workspace.teamMembers();
	const nameOf = (email: string) =>
		members.find((m) => String(m.email).toLowerCase() === email.toLowerCase())?.name;
	const emails = named.length ? named : members.map((m) => String(m.email));
	return emails.map((assignee) => {
		const name = nameOf(assignee);
		return { item: name === undefined ? { assignee } : { assignee, name }, value: assignee };
	});
}

/**
 * The count of leads matching the plan's filters: one item `{ count }`, or one item per
 * status (active statuses of the pipeline) or per team member, and with `others` one more,
 * `{ <key>: null, others: true, count }`, for the leads in no group (archived or no status;
 * unassigned or assigned to a deleted member). One request per group, one for the others
 * (none when a Status or Assignee filter names the groups: every lead is in one of them).
 */
export async function countLeadGroups(
	api: TeleCrmApi,
	workspace: Workspace,
	plan: CountPlan,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const body = await leadSearchBody(workspace, plan);
	if (plan.groupBy === 'none') return [{ count: await countLeads(api, body, itemIndex) }];
	const key = plan.groupBy;
	const fields = (body.fields ?? {}) as IDataObject;
	const named = fields[key] === undefined ? [] : listOf(fields[key]);
	const items: IDataObject[] = [];
	for (const group of await groupsOf(workspace, key, named)) {
		const grouped = { ...body, fields: { ...fields, [key]: group.value } };
		items.push({ ...group.item, count: await countLeads(api, grouped, itemIndex) });
	}
	// Groups named by the filter hold every lead the search matches: no others to count.
	if (plan.others && !named.length) {
		const total = await countLeads(api, body, itemIndex);
		const inGroups = items.reduce((sum, item) => sum + Number(item.count), 0);
		// A lead that changes group between two requests could make this negative.
		items.push({ [key]: null, others: true, count: Math.max(0, total - inGroups) });
	}
	return items;
}
