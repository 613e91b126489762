import type { IDataObject } from 'n8n-workflow';

import type { ApiRow, ItemJson } from './apiShapes';

/** Search rows carry the lead ID under an undocumented key; accept every spelling seen. */
export function leadIdOf(row: ApiRow): string | undefined {
	const id = row.lead_id ?? row.id ?? row._id ?? row.leadId;
	return id === undefined || id === null || id === '' ? undefined : String(id);
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
 * Simplified: `lead_id`, the fields at the top level, then the row's other keys. Otherwise:
 * `lead_id`, the row's other keys, then `fields`. No intermediate copies.
 */
export function shapeLeadRow(
	row: ApiRow,
	simplify: boolean,
	fieldDates: DateKeys,
	systemDates: DateKeys,
): IDataObject {
	const fields = (row.fields ?? {}) as IDataObject;
	const leadId = leadIdOf(row);
	const out: IDataObject = { lead_id: leadId };
	if (simplify) copyWithDates(fields, fieldDates, out);
	copyWithDates(row, systemDates, out, 'fields');
	if (!simplify) out.fields = copyWithDates(fields, fieldDates, {});
	out.lead_id = leadId;
	return out;
}
