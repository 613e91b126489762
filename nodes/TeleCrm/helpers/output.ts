import type { IDataObject } from 'n8n-workflow';

import { bareActionCode, PAYMENT } from './customActions';
import { leadIdOf } from './leads';
import { fieldKind } from './valueConversion';
import type { Workspace } from './workspace';

/** How dates leave the node: ISO 8601 strings (default) or telecrm's epoch milliseconds. */
export type DateOutput = 'iso' | 'raw';

/** Timestamps telecrm sets itself, on leads and on actions. */
const SYSTEM_DATES = ['created_on', 'updated_on', 'performed_at'];

export function isoDate(value: unknown): unknown {
	const ms =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d{9,14}$/.test(value)
				? Number(value)
				: NaN;
	return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}

/** Output shaping for one node execution: which keys hold dates, and action type names. */
export class OutputShaper {
	private dateKeys?: Promise<Set<string>>;

	constructor(
		private readonly workspace: Workspace,
		private readonly dates: DateOutput,
	) {}

	private async dateFields(): Promise<Set<string>> {
		this.dateKeys ??= this.workspace
			.customFields()
			.then(
				(fields) =>
					new Set([
						...SYSTEM_DATES,
						...fields.filter((f) => fieldKind(f.type) === 'date').map((f) => f.apiName),
					]),
			);
		return await this.dateKeys;
	}

	/**
	 * Date values as ISO strings (unless raw output was chosen); other values as they are.
	 * The field definitions are fetched only when a value could be a date (a number of epoch
	 * milliseconds), so outputs without one cost no metadata request.
	 */
	async withDates(values: IDataObject, keys?: Set<string>): Promise<IDataObject> {
		if (this.dates === 'raw') return values;
		const mayHoldDate = Object.values(values).some((v) => typeof v === 'number' && v >= 1e11);
		if (!keys && !mayHoldDate) return values;
		const dateKeys = keys ?? (await this.dateFields());
		const out: IDataObject = {};
		for (const [key, value] of Object.entries(values)) {
			out[key] = dateKeys.has(key) ? (isoDate(value) as IDataObject[string]) : value;
		}
		return out;
	}

	/**
	 * The one lead shape of every lead operation: `lead_id`, then the fields at the top level,
	 * then what the operation adds (result, actions, remarks…).
	 */
	async lead(
		leadId: string | undefined,
		fields: IDataObject,
		extra: IDataObject = {},
	): Promise<IDataObject> {
		return { lead_id: leadId, ...(await this.withDates(fields)), ...extra };
	}

	/** A search or get row: flattened (Simplify) or as telecrm sent it, with readable dates. */
	async leadRow(row: IDataObject, simplify: boolean, leadId = leadIdOf(row)): Promise<IDataObject> {
		const { fields, ...rest } = row as IDataObject & { fields?: IDataObject };
		const others = await this.withDates(rest, new Set(SYSTEM_DATES));
		if (!simplify)
			return { lead_id: leadId, ...others, fields: await this.withDates(fields ?? {}) };
		return { ...(await this.lead(leadId, fields ?? {})), ...others, lead_id: leadId };
	}

	/** An action with its type's name beside the code and readable dates. */
	async action(action: IDataObject): Promise<IDataObject> {
		const out = await this.withDates(action, new Set(SYSTEM_DATES));
		if (action.type === undefined || action.type === null) return out;
		const typeName = await this.typeName(String(action.type));
		const { type, ...rest } = out;
		return { type, type_name: typeName, ...rest };
	}

	private async typeName(type: string): Promise<string> {
		if (type === PAYMENT) return 'Payment';
		const code = bareActionCode(type);
		if (/^\d+$/.test(code)) {
			const found = (await this.workspace.customActions()).find(
				(a) => bareActionCode(a.code) === code,
			);
			if (found) return found.displayName;
		}
		return type
			.toLowerCase()
			.split('_')
			.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
			.join(' ');
	}
}
