/**
 * What an item outputs: telecrm's answer shaped into the item (one lead shape, readable dates,
 * action type names), and a write's outcome (each action's result, remarks, ignored values).
 */
import type { IDataObject } from 'n8n-workflow';

import type { ApiBody, ApiRow, FieldValues, ItemJson } from '../values/apiShapes';
import { bareActionCode, PAYMENT } from '../values/customActions';
import { ItemError } from '../values/itemErrors';
import { leadIdOf } from '../values/rows';
import { fieldKind } from '../values/valueConversion';
import type { Workspace } from '../workspace/workspace';
import type { ExecutionFacts } from './executionHints';
import { noteIgnoredValues } from './executionHints';

// Lead shapes: pure, one pass per row.

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
const NO_DATES: ReadonlySet<string> = new Set();

/** Copies `values` (but `skip`) into `into`, the values of `keys` as ISO dates. */
function copyWithDates(values: ApiRow, keys: DateKeys, into: ItemJson, skip?: string): IDataObject {
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
function pickLeadKeys(
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

// The shaper of one execution.

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

// A write's outcome.

/** What the operation sent besides the answer, and what it does with ignored values. */
export interface WriteSent {
	actions: ApiBody[];
	/** The fields sent (those a remark names are left out of the output). */
	fields?: FieldValues;
	/** Keys the operation adds to the output (result…). */
	extra?: ItemJson;
	/** "Fail the Item": anything ignored fails the item. */
	failOnIgnored: boolean;
	/** The lead's keys to output (the Output parameter); whole when not given. */
	view?: LeadView;
}

/**
 * Output of a write that answered {lead_id, actions[], remarks[]}: each action's outcome next
 * to the type that was sent, and every remark. With "Fail the Item", anything IGNORED fails
 * the item (after the save, which the message says); otherwise it goes into `facts` (a hint).
 */
export async function writeOutcome(
	shaper: OutputShaper,
	facts: ExecutionFacts,
	response: ApiRow,
	{ actions: sentActions, fields = {}, extra = {}, failOnIgnored, view }: WriteSent,
): Promise<IDataObject> {
	const outcomes = (Array.isArray(response.actions) ? response.actions : []) as IDataObject[];
	const actions = outcomes.length
		? await Promise.all(
				outcomes.map(
					async (o, n) => await shaper.action({ type: sentActions[n]?.type ?? null, ...o }),
				),
			)
		: [];
	const remarks = (Array.isArray(response.remarks) ? response.remarks : []) as IDataObject[];
	// Remarks name lead fields by path (`fields.rating`, docs/telecrm-api.md §4.5); actions'
	// stay whole.
	const ignored = new Set(remarks.map((r) => String(r.field).replace(/^fields\./, '')));
	// A copy either way: `fields` is also the request's body (and Check Only's held write).
	const written = ignored.size
		? Object.fromEntries(Object.entries(fields).filter(([key]) => !ignored.has(key)))
		: { ...fields };
	const output = await shaper.lead(
		String(response.lead_id),
		written,
		{ ...extra, actions, remarks },
		view,
	);
	if (response.recovered) output.recovered = response.recovered;
	const ignoredActions = actions.filter((a) => a.status === 'IGNORED').length;
	if (!remarks.length && !ignoredActions) return output;
	if (failOnIgnored) {
		const list = remarks.map((r) => `${String(r.field)}: ${String(r.remark)}`).join('; ');
		throw new ItemError(
			`TeleCRM ignored ${remarks.length} value(s) and ${ignoredActions} action(s) on lead ${String(response.lead_id)}`,
			`The lead was saved without them. ${list || 'No remark was given for the ignored actions.'}`,
		);
	}
	noteIgnoredValues(facts, [...ignored], ignoredActions);
	return output;
}
