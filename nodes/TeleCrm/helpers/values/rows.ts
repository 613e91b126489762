/** Reading the rows telecrm returns: a lead's ID, its fields, an action's ID, when it was made. */
import type { ApiRow } from './apiShapes';

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
