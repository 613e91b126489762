import type { IDataObject } from 'n8n-workflow';

import type { ApiRow, ItemJson } from './apiShapes';

/** Search rows carry the lead ID under an undocumented key; accept every spelling seen. */
export function leadIdOf(row: ApiRow): string | undefined {
	const id = row.lead_id ?? row.id ?? row._id ?? row.leadId;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}

/** A search row's lead fields, with `status` from the row's top when live rows put it there. */
export function rowFields(row: ApiRow): ApiRow {
	const fields = (row.fields ?? {}) as ApiRow;
	return row.status === undefined || fields.status !== undefined
		? fields
		: { ...fields, status: row.status };
}

export const actionIdOf = (row: ApiRow) =>
	row.action_id === undefined ? undefined : String(row.action_id);

/** When a lead or action was created (epoch ms), from the row or its fields; 0 when unknown. */
export const createdAt = (row: ApiRow): number =>
	Number(row.created_on ?? (row.fields as ApiRow | undefined)?.created_on ?? 0);

/** Timestamps telecrm sets itself, on leads and on actions. */
export const SYSTEM_DATES: ReadonlySet<string> = new Set([
	'created_on',
	'updated_on',
	'performed_at',
]);

export function isoDate(value: unknown): unknown {
	const ms =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d{9,14}$/.test(value)
				? Number(value)
				: NaN;
	return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}

export type DateKeys = ReadonlySet<string> | undefined;
export const NO_DATES: ReadonlySet<string> = new Set();

/** Copies `values` (but `skip`) into `into`, the values of `keys` as ISO dates. */
export function copyWithDates(
	values: ApiRow,
	keys: DateKeys,
	into: ItemJson,
	skip?: string,
): IDataObject {
	for (const key of Object.keys(values)) {
		if (key === skip) continue;
		into[key] = keys?.has(key) ? (isoDate(values[key]) as IDataObject[string]) : values[key];
	}
	return into;
}

/**
 * What a lead output carries (the Output parameter): `simple`, the fixed SIMPLIFIED_LEAD keys;
 * `raw`, the whole lead with its fields under `fields`, as telecrm sends it; `fields`, the
 * fields chosen; `whole`, every field at the top level (the trigger's New Lead).
 */
export type LeadView =
	| { output: 'simple' | 'raw' | 'whole' }
	| { output: 'fields'; fields: readonly string[] };

export const WHOLE_LEAD: LeadView = { output: 'whole' };

/**
 * Simplified, the lead fields every workflow reads: telecrm's standard fields
 * (docs/telecrm-api.md §5.4, §8.3) but rating. A lead read (Get, Search) adds `created_on`; writes' answers do not carry it.
 */
export const SIMPLIFIED_LEAD = ['name', 'phone', 'email', 'status', 'assignee'] as const;

/** The keys a view picks (Simplified or Selected Fields), or undefined for a whole lead. */
export function pickedKeys(view: LeadView, read: boolean): readonly string[] | undefined {
	if (view.output === 'fields') return view.fields;
	if (view.output !== 'simple') return undefined;
	return read ? [...SIMPLIFIED_LEAD, 'created_on'] : SIMPLIFIED_LEAD;
}

/**
 * `lead_id` (null when a search row carries none), then each key from `fields` (dates:
 * `fieldDates`), else from `row` (live search rows carry `status` there; dates: `rowDates`),
 * null when the lead has none, so every item has every column.
 */
export function pickLeadKeys(
	leadId: string | undefined,
	keys: readonly string[],
	fields: ApiRow,
	[row, fieldDates, rowDates]: [ApiRow, DateKeys, DateKeys],
): IDataObject {
	const out: IDataObject = { lead_id: leadId ?? null };
	for (const key of keys) {
		const inFields = fields[key] !== undefined && fields[key] !== null;
		const value = (inFields ? fields[key] : row[key]) ?? null;
		const dates = inFields ? fieldDates : rowDates;
		out[key] = dates?.has(key) ? (isoDate(value) as IDataObject[string]) : value;
	}
	return out;
}

/**
 * Picked (Simplified, Selected Fields): `lead_id` and those keys alone. Whole: `lead_id`, the
 * fields at the top level, then the row's other keys. Raw: `lead_id`, the row's other keys,
 * then `fields`. No intermediate copies.
 */
export function shapeLeadRow(
	row: ApiRow,
	view: LeadView,
	fieldDates: DateKeys,
	systemDates: DateKeys,
): IDataObject {
	const fields = (row.fields ?? {}) as IDataObject;
	const leadId = leadIdOf(row);
	const picked = pickedKeys(view, true);
	if (picked) return pickLeadKeys(leadId, picked, fields, [row, fieldDates, systemDates]);
	const out: IDataObject = { lead_id: leadId };
	if (view.output === 'whole') copyWithDates(fields, fieldDates, out);
	copyWithDates(row, systemDates, out, 'fields');
	if (view.output === 'raw') out.fields = copyWithDates(fields, fieldDates, {});
	out.lead_id = leadId;
	return out;
}
