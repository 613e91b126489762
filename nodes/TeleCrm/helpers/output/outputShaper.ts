import type { IDataObject } from 'n8n-workflow';

import type { ApiRow, FieldValues, ItemJson } from '../values/apiShapes';
import { bareActionCode, PAYMENT } from '../values/customActions';
import type { DateKeys, LeadView } from '../values/rows';
import {
	copyWithDates,
	NO_DATES,
	pickedKeys,
	pickLeadKeys,
	shapeLeadRow,
	SYSTEM_DATES,
	WHOLE_LEAD,
} from '../values/rows';
import { fieldKind } from '../values/valueConversion';
import type { Workspace } from '../workspace/workspace';

/** How dates leave the node: ISO 8601 strings (default) or telecrm's epoch milliseconds. */
export type DateOutput = 'iso' | 'raw';

/** Output shaping for one node execution: which keys hold dates, and action type names. */
export class OutputShaper {
	private dateKeys?: Promise<Set<string>>;

	/** The timestamps telecrm sets, converted unless raw output was chosen. */
	private readonly systemDates: DateKeys;

	constructor(
		private readonly workspace: Workspace,
		private readonly dates: DateOutput,
	) {
		this.systemDates = dates === 'raw' ? undefined : SYSTEM_DATES;
	}

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
	 * The keys whose values leave as ISO dates, or undefined for raw output. The field
	 * definitions are fetched only when a value could be a date (a number of epoch
	 * milliseconds), so outputs without one cost no metadata request.
	 */
	private async dateKeysFor(values: Array<IDataObject | undefined>): Promise<DateKeys> {
		if (this.dates === 'raw') return undefined;
		const mayHoldDate = values.some(
			(v) => v && Object.values(v).some((x) => typeof x === 'number' && x >= 1e11),
		);
		return mayHoldDate ? await this.dateFields() : NO_DATES;
	}

	/** Date values as ISO strings (unless raw output was chosen); other values as they are. */
	async withDates(values: ApiRow): Promise<ItemJson> {
		const keys = await this.dateKeysFor([values]);
		return keys ? copyWithDates(values, keys, {}) : values;
	}

	/**
	 * The one lead shape of every lead write: `lead_id`, then the fields as `view` asks (whole
	 * when none is given), then what the operation adds (result, actions, remarks…).
	 */
	async lead(
		leadId: string | undefined,
		fields: FieldValues,
		extra: ItemJson = {},
		view: LeadView = WHOLE_LEAD,
	): Promise<IDataObject> {
		const picked = pickedKeys(view, false);
		if (picked) {
			const keys = await this.dateKeysFor([fields]);
			return { ...pickLeadKeys(leadId, picked, fields, [{}, keys, undefined]), ...extra };
		}
		const values = await this.withDates(fields);
		const shaped = view.output === 'raw' ? { fields: values } : values;
		return { lead_id: leadId, ...shaped, ...extra };
	}

	/**
	 * Search or get rows as `view` asks, with readable dates.
	 * One pass and one new object per row: Return All shapes tens of thousands of rows.
	 */
	async leadRows(rows: ApiRow[], view: LeadView): Promise<IDataObject[]> {
		const keys = await this.dateKeysFor(rows.map((row) => row.fields as IDataObject | undefined));
		return rows.map((row) => shapeLeadRow(row, view, keys, this.systemDates));
	}

	/**
	 * Search rows: as leadRows, without an empty `actions` list. A search does not read
	 * timelines, so `actions: []` there would wrongly say the lead has none.
	 */
	async searchRows(rows: ApiRow[], view: LeadView): Promise<IDataObject[]> {
		const shaped = await this.leadRows(rows, view);
		for (const row of shaped) {
			if (Array.isArray(row.actions) && row.actions.length === 0) delete row.actions;
		}
		return shaped;
	}

	async leadRow(row: ApiRow, view: LeadView, leadId?: string): Promise<IDataObject> {
		const [shaped] = await this.leadRows([row], view);
		if (leadId !== undefined) shaped.lead_id = leadId;
		return shaped;
	}

	/** An action with its type's name beside the code and readable dates, its fields' too. */
	async action(action: ApiRow): Promise<ItemJson> {
		const out = copyWithDates(action, this.systemDates, {});
		if (action.type === undefined || action.type === null) return out;
		const type = String(action.type);
		const fields = action.fields as IDataObject | undefined;
		if (fields && typeof fields === 'object' && !Array.isArray(fields))
			out.fields = copyWithDates(fields, await this.actionDateKeys(type, fields), {});
		const { type: code, ...rest } = out;
		return { type: code, type_name: await this.typeName(type), ...rest };
	}

	/** Date fields of a custom action, read from its schema only when a value could be one. */
	private async actionDateKeys(type: string, fields: IDataObject): Promise<DateKeys> {
		const code = bareActionCode(type);
		if (this.dates === 'raw' || !/^\d+$/.test(code)) return undefined;
		if (!Object.values(fields).some((x) => typeof x === 'number' && x >= 1e11)) return NO_DATES;
		const schema = (await this.workspace.customAction(code)).fieldSchema ?? {};
		return new Set(
			Object.entries(schema)
				.filter(([, def]) => fieldKind(def.type) === 'date')
				.map(([name]) => name),
		);
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
