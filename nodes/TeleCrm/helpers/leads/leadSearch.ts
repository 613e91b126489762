import type { ApiBody, ApiRow } from '../values/apiShapes';
import type { TimeWindow } from '../values/dates';
import { anyOf, pinnedWindow } from '../values/filterValues';
import { leadIdOf } from '../values/rows';
import type { Labels } from '../values/valueConversion';
import { fieldKind, toWireValue } from '../values/valueConversion';
import { withFreshDefinitions } from '../workspace/fieldValues';
import type { Workspace } from '../workspace/workspace';
import type { PageRequest, TeleCrmApi } from '../../transport';
import { forEachPage, MAX_PAGE_SIZE, requestAllPages } from '../../transport';

/** One lead field and the value it must hold, read like a value to save. */
export interface FieldValueFilter {
	/** The field's API name. */
	field: string;
	value: unknown;
}

/** What a lead search keeps; each list matches any of its values, and every filter must match. */
export interface LeadFilters {
	/** Status labels, as given (a number from an expression is sent as a number). */
	statuses?: Array<string | number>;
	/** Team-member emails, checked. */
	assignees?: string[];
	fieldValues?: FieldValueFilter[];
	created?: TimeWindow;
	/** Leads with an action of any of these types (custom action codes, PAYMENT, built-in). */
	actionTypes?: Array<string | number>;
	/** Leads with an action performed by any of these team members (emails, checked). */
	performedBy?: string[];
	/** Leads with an action performed in this window. */
	performed?: TimeWindow;
}

/** One lead search: what the user filtered on, and the bound of a Return All. */
export interface SearchPlan {
	filters: LeadFilters;
	/** Epoch ms the Return All started at; open-ended creation windows stop there. */
	pinTo?: number;
}

/**
 * Field Values filters in the form telecrm stores them, each value converted exactly as a
 * create would convert it ("+91 98765 43210" → 919876543210, "3" → 3 for a rating, a date
 * picker value → epoch ms). Status and lost-reason filters may name archived labels too.
 */
export async function fieldValueFilters(
	workspace: Workspace,
	filters: FieldValueFilter[],
): Promise<ApiBody> {
	const named = filters.filter(({ field }) => field.trim());
	if (!named.length) return {};
	// A status or lost reason added since the definitions were kept is read afresh first.
	return await withFreshDefinitions(workspace, async () => await wireFilters(workspace, named));
}

async function wireFilters(workspace: Workspace, filters: FieldValueFilter[]): Promise<ApiBody> {
	const specs = await workspace.customFields();
	const searchable = async (kind: 'status' | 'lostReason'): Promise<Labels> => {
		const labels = await workspace.labels(kind);
		return { active: [...labels.active, ...labels.archived], archived: [] };
	};
	const values: Record<string, unknown[]> = {};
	for (const filter of filters) {
		const key = filter.field.trim();
		const spec = specs.find((s) => s.apiName === key) ?? { apiName: key, type: 'TEXT' };
		const kind = fieldKind(spec.type);
		const labels = kind === 'status' || kind === 'lostReason' ? await searchable(kind) : undefined;
		const wire = toWireValue(spec, filter.value, labels);
		if (wire === undefined) continue;
		// A tags value may list several tags: each is one more "any of" value.
		(values[key] ??= []).push(...(Array.isArray(wire) ? wire : [wire]));
	}
	const fields: ApiBody = {};
	for (const [key, list] of Object.entries(values)) setAnyOf(fields, key, list);
	return fields;
}

/** Sets `key` to the values, "any of" (none: left out). */
function setAnyOf(criteria: ApiBody, key: string, values: unknown[] | undefined): void {
	const any = anyOf(values ?? []);
	if (any !== undefined) criteria[key] = any;
}

/** The documented search body: fields (incl. created_on) and actions sub-criteria. */
export async function leadSearchBody(
	workspace: Workspace,
	{ filters, pinTo }: SearchPlan,
): Promise<ApiBody> {
	const fields = await fieldValueFilters(workspace, filters.fieldValues ?? []);
	setAnyOf(fields, 'status', filters.statuses);
	setAnyOf(fields, 'assignee', filters.assignees);
	const created = pinnedWindow(filters.created, pinTo);
	if (created) fields.created_on = created;

	const actions: ApiBody = {};
	setAnyOf(actions, 'type', filters.actionTypes);
	setAnyOf(actions, 'performed_by', filters.performedBy);
	if (filters.performed) actions.performed_at = { ...filters.performed };

	const body: ApiBody = {};
	if (Object.keys(fields).length) body.fields = fields;
	if (Object.keys(actions).length) body.actions = actions;
	return body;
}

/** One page of `POST /lead/search` (100 rows at most) and the total telecrm reports. */
export async function leadSearchPage(
	api: TeleCrmApi,
	body: ApiBody,
	skip = 0,
): Promise<{ rows: ApiRow[]; total: number }> {
	const page = await api.request({
		method: 'POST',
		path: ['lead', 'search'],
		qs: { skip, limit: MAX_PAGE_SIZE.leads },
		body,
		searchOnly: true,
	});
	const rows = Array.isArray(page.data) ? (page.data as ApiRow[]) : [];
	return { rows, total: typeof page.total_count === 'number' ? page.total_count : 0 };
}

/** The pages of `POST /lead/search` for a body, each lead once (by its ID), up to `limit`. */
function leadPages(body: ApiBody, limit: number, itemIndex?: number): PageRequest {
	const path = ['lead', 'search'];
	const maxPageSize = MAX_PAGE_SIZE.leads;
	const request = { method: 'POST' as const, path, body, searchOnly: true, itemIndex };
	return { ...request, maxPageSize, limit, uniqueBy: leadIdOf };
}

/** Every lead a search body matches, newest first, each once, up to `limit`. */
export async function leadsMatching(
	api: TeleCrmApi,
	body: ApiBody,
	limit: number,
	itemIndex?: number,
): Promise<ApiRow[]> {
	return await requestAllPages(api, leadPages(body, limit, itemIndex));
}

/** How many leads a search body matches, each once, counted page by page without keeping them. */
export async function countSearchedLeads(
	api: TeleCrmApi,
	body: ApiBody,
	itemIndex?: number,
): Promise<number> {
	let count = 0;
	await forEachPage(api, leadPages(body, Infinity, itemIndex), (rows) => {
		count += rows.length;
	});
	return count;
}

/** Every lead the plan's filters match, newest first, each once, up to `limit`. */
export async function searchLeadRows(
	api: TeleCrmApi,
	workspace: Workspace,
	plan: SearchPlan,
	limit: number,
	itemIndex?: number,
): Promise<ApiRow[]> {
	return await leadsMatching(api, await leadSearchBody(workspace, plan), limit, itemIndex);
}
