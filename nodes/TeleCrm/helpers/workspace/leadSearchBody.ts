import type { IDataObject } from 'n8n-workflow';

import { timeWindow } from '../values/dates';
import { anyOf, memberEmails, pinnedWindow } from '../values/filterValues';
import type { Labels } from '../values/valueConversion';
import { fieldKind, toWireValue } from '../values/valueConversion';
import { withFreshDefinitions } from './fieldValues';
import type { Workspace } from './workspace';

export interface FieldValueRow {
	field?: unknown;
	value?: unknown;
}

/**
 * Field Values filters in the form telecrm stores them, each value converted exactly as a
 * create would convert it ("+91 98765 43210" → 919876543210, "3" → 3 for a rating, a date
 * picker value → epoch ms). Status and lost-reason filters may name archived labels too.
 */
export async function fieldValueFilters(
	workspace: Workspace,
	rows: FieldValueRow[],
): Promise<IDataObject> {
	if (!rows.some((row) => String(row.field ?? '').trim())) return {};
	// A status or lost reason added since the definitions were kept is read afresh first.
	return await withFreshDefinitions(workspace, async () => await filtersOf(workspace, rows));
}

async function filtersOf(workspace: Workspace, rows: FieldValueRow[]): Promise<IDataObject> {
	const specs = await workspace.customFields();
	const searchable = async (kind: 'status' | 'lostReason'): Promise<Labels> => {
		const labels = await workspace.labels(kind);
		return { active: [...labels.active, ...labels.archived], archived: [] };
	};
	const values: Record<string, unknown[]> = {};
	for (const row of rows) {
		const key = String(row.field ?? '').trim();
		if (!key) continue;
		const spec = specs.find((s) => s.apiName === key) ?? { apiName: key, type: 'TEXT' };
		const kind = fieldKind(spec.type);
		const labels = kind === 'status' || kind === 'lostReason' ? await searchable(kind) : undefined;
		const wire = toWireValue(spec, row.value, labels);
		if (wire === undefined) continue;
		// A tags value may list several tags: each is one more "any of" value.
		(values[key] ??= []).push(...(Array.isArray(wire) ? wire : [wire]));
	}
	const fields: IDataObject = {};
	for (const [key, list] of Object.entries(values)) {
		const merged = anyOf(list);
		if (merged !== undefined) fields[key] = merged;
	}
	return fields;
}

/** Options of one lead search: what the user filtered on, and the bound of a Return All. */
export interface SearchPlan {
	filters: IDataObject;
	/** Epoch ms the Return All started at; open-ended creation windows stop there. */
	pinTo?: number;
}

/** The documented search body: fields (incl. created_on) and actions sub-criteria. */
export async function leadSearchBody(
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
