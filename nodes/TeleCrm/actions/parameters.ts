import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	ResourceMapperValue,
} from 'n8n-workflow';

import type { PaymentPart } from './common.descriptions';
import {
	datesOption,
	itemsInFlightOption,
	keepDefinitionsProperty,
	leadFilterProperties,
	leadFilters,
	leadLocator,
	limitProperty,
	memberLocator,
	onIgnoredProperty,
	requestOptionsProperty,
	PAYMENT_PARTS,
	paymentParameterName,
	leadOutputFieldsProperty,
	leadOutputProperty,
	timeoutOption,
} from './common.descriptions';
import type { LeadLocator } from '../helpers/leads/leadLocator';
import { resolveLeadId } from '../helpers/leads/leadLocator';
import type { FieldValueFilter, LeadFilters } from '../helpers/leads/leadSearch';
import type { LeadInput } from '../helpers/leads/leadWrites';
import { leadInput } from '../helpers/leads/leadWrites';
import type { DateOutput, LeadView } from '../helpers/output/outputShaper';
import type { ExecutionScope } from '../helpers/scope';
import type { MappedInput } from './mappedValues';
import { mappedFields, namedColumns, pickMapped } from './mappedValues';
import type { LeadKey } from './node.type';
import type { ActionEntry, CustomActionEntry, PaymentEntry } from '../helpers/values/actionEntries';
import type { FieldValues } from '../helpers/values/apiShapes';
import { bareActionCode } from '../helpers/values/customActions';
import { timeWindow } from '../helpers/values/dates';
import { givenValues, memberEmails } from '../helpers/values/filterValues';
import { InvalidValueError, ItemError } from '../helpers/values/itemErrors';
import { wholeNumber } from '../helpers/values/numbers';
import { requiredWireValue } from '../helpers/values/valueConversion';
import { convertActionEntries, customActionFields } from '../helpers/workspace/fieldValues';
import type { DefinitionsMode, Workspace } from '../helpers/workspace/workspace';

/**
 * Readers of the parameters that common.descriptions.ts defines for several operations: the
 * names come from the descriptions, so a renamed parameter is renamed here too.
 */

/** The lead locator: its modes `list` and `id` give a lead ID, `identifier` an identifier value. */
export function readLeadLocator(this: IExecuteFunctions, itemIndex: number): LeadLocator {
	const { mode, value } = this.getNodeParameter(leadLocator.name, itemIndex) as {
		mode: string;
		value: unknown;
	};
	return { by: mode === 'identifier' ? 'identifier' : 'id', value: String(value ?? '').trim() };
}

/** The lead ID of the lead locator, an identifier value looked up in the execution's directory. */
export async function readLeadId(
	this: IExecuteFunctions,
	itemIndex: number,
	{ leads }: ExecutionScope,
): Promise<string> {
	return await resolveLeadId(leads, readLeadLocator.call(this, itemIndex), itemIndex);
}

/** The Lead Fields mapper (`fields`), converted, with the workspace's identifier named. */
export async function readLeadInput(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<LeadInput> {
	return await leadInput(workspace, mappedFields(readMapped.call(this, 'fields', itemIndex)));
}

/** The identifier mapped in Lead Fields, in its stored form ("+91 98…" → "9198…"), if any. */
async function readMappedIdentifier(
	this: IExecuteFunctions,
	itemIndex: number,
	{ workspace, leads }: ExecutionScope,
): Promise<string | undefined> {
	const identifier = await workspace.identifierField();
	const mapped = pickMapped(readMapped.call(this, 'fields', itemIndex), [identifier.apiName]);
	return await leads.storedForm(mapped[identifier.apiName]);
}

/**
 * The `leadKey` of the operations writing a lead by the identifier in Lead Fields: items
 * sharing it run in input order; with `lookUpFirst`, all are looked up first.
 */
export async function identifierLeadKey(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	lookUpFirst: boolean,
): Promise<LeadKey | undefined> {
	const identifier = await readMappedIdentifier.call(this, itemIndex, scope);
	return identifier === undefined ? undefined : { identifier, lookUpFirst };
}

/** The team member's email, checked before it goes into a URL. */
export function readMemberEmail(this: IExecuteFunctions, itemIndex: number): string {
	const locator = this.getNodeParameter(memberLocator.name, itemIndex) as { value: unknown };
	return requiredWireValue({ apiName: memberLocator.displayName, type: 'EMAIL' }, locator.value);
}

/** Return All / Limit (`returnAllOrLimit`): Infinity, or the checked Limit. */
export function readRowsWanted(this: IExecuteFunctions, itemIndex: number): number {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return Infinity;
	return wholeNumberOf(limitProperty, this.getNodeParameter(limitProperty.name, itemIndex, 50));
}

/**
 * A number parameter or option, checked by wholeNumber against the bounds its description
 * declares (an expression may give anything; no minValue: a count, 1 or more); unset, its
 * default.
 */
export function wholeNumberOf(property: INodeProperties, value: unknown): number {
	const { minValue = 1, maxValue } = property.typeOptions ?? {};
	const given = value === undefined ? property.default : value;
	return wholeNumber(given, property.displayName, minValue, maxValue);
}

/** A `fieldMapper` parameter and the item it may map automatically from. */
function readMapped(this: IExecuteFunctions, name: string, itemIndex: number): MappedInput {
	const mapper = this.getNodeParameter(name, itemIndex, {
		mappingMode: 'defineBelow',
		value: null,
	}) as ResourceMapperValue;
	return { mapper, item: this.getInputData()[itemIndex].json };
}

/**
 * Action Fields (`actionFields`) of custom action `code`, converted. Columns its kept schema
 * does not hold are kept too: the check then reads the schema afresh, or names them.
 */
export async function readActionFields(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
	code: string,
): Promise<IDataObject> {
	const mapped = readMapped.call(this, 'actionFields', itemIndex);
	const schema = (await workspace.customAction(code)).fieldSchema ?? {};
	const raw = pickMapped(mapped, [...Object.keys(schema), ...namedColumns(mapped)]);
	return await customActionFields(workspace, code, raw);
}

/** The pairs of a `fieldValuePairs` parameter, those naming a field. */
function fieldValuePairsOf(pairs: unknown): FieldValueFilter[] {
	const rows = ((pairs as IDataObject | undefined)?.values as IDataObject[] | undefined) ?? [];
	return rows
		.map((row) => ({ field: String(row.field ?? '').trim(), value: row.value }))
		.filter(({ field }) => field);
}

/**
 * A custom action entry's field values by API name: a field picked from the dropdown is
 * `1001.note` (its action's code first), one typed by hand is `note`.
 */
export function entryFieldValues(pairs: FieldValueFilter[], code: string): FieldValues {
	const values: FieldValues = {};
	for (const { field, value } of pairs) {
		const dot = field.indexOf('.');
		const owner = dot > 0 ? field.slice(0, dot) : code;
		if (owner !== code) {
			throw new ItemError(
				`field "${field}" belongs to custom action ${owner}, not ${code}`,
				'Pick fields of the same custom action as the entry.',
			);
		}
		values[dot > 0 ? field.slice(dot + 1) : field] = value as FieldValues[string];
	}
	return values;
}

/** A payment from `paymentProperties(prefix)`, each part read by `read`. */
export function paymentEntryOf(read: (name: string) => unknown, prefix = ''): PaymentEntry {
	const part = (p: PaymentPart) => read(paymentParameterName(prefix, p));
	const [status, currency, amount, paymentId] = PAYMENT_PARTS.map(part);
	return { status, currency, amount, paymentId };
}

/** The entries of an `actionEntriesProperty` collection: custom actions first, then payments. */
export function actionEntriesOf(collection: IDataObject): ActionEntry[] {
	const custom = (collection.custom as IDataObject[] | undefined) ?? [];
	const payments = (collection.payment as IDataObject[] | undefined) ?? [];
	return [
		...custom.map((entry, n): CustomActionEntry => {
			const code = bareActionCode(String(entry.type ?? ''));
			if (!code)
				throw new InvalidValueError(
					`custom action ${n + 1}`,
					entry.type,
					'a custom action from the list',
				);
			return { code, fields: entryFieldValues(fieldValuePairsOf(entry.fieldValues), code) };
		}),
		...payments.map((payment) => paymentEntryOf((name) => payment[name])),
	];
}

/** An `actionEntriesProperty` collection, converted (custom actions first, then payments). */
export async function readActionEntries(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	workspace: Workspace,
): Promise<IDataObject[]> {
	const collection = this.getNodeParameter(name, itemIndex, {}) as IDataObject;
	return await convertActionEntries(workspace, actionEntriesOf(collection));
}

/** `onIgnoredProperty`: whether values telecrm ignored fail the item. */
export function failsOnIgnored(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNodeParameter(onIgnoredProperty.name, itemIndex, 'keep') === 'fail';
}

/** A collection holding `leadFilterProperties` (Lead Search's Filters, New Lead's), checked. */
export function leadFiltersOf(collection: IDataObject): LeadFilters {
	type Filter = keyof typeof leadFilterProperties;
	const value = (filter: Filter) => collection[leadFilterProperties[filter].name];
	// A refused date names its filter as the editor shows it.
	const window = (from: Filter, to: Filter) =>
		timeWindow(value(from), value(to), [
			leadFilterProperties[from].displayName,
			leadFilterProperties[to].displayName,
		]);
	return {
		statuses: givenValues(value('status')),
		assignees: memberEmails(value('assignee') ?? [], 'Assignee'),
		fieldValues: fieldValuePairsOf(value('fieldValues')),
		created: window('createdAfter', 'createdBefore'),
		actionTypes: givenValues(value('actionTypes')),
		performedBy: memberEmails(value('performedBy') ?? [], 'Actions Performed By'),
		performed: window('performedAfter', 'performedBefore'),
	};
}

/** The Filters collection of Lead › Search and Lead › Count (`leadFilters`), checked. */
export function readLeadFilters(this: IExecuteFunctions, itemIndex: number): LeadFilters {
	return leadFiltersOf(this.getNodeParameter(leadFilters.name, itemIndex, {}) as IDataObject);
}

/** Output and its Fields (`leadOutputProperties`): which of a lead's keys the item carries. */
export function readLeadView(this: IExecuteFunctions, itemIndex: number): LeadView {
	const output = this.getNodeParameter(leadOutputProperty.name, itemIndex, 'simple') as string;
	if (output === 'raw') return { output };
	if (output !== 'fields') return { output: 'simple' };
	const chosen = this.getNodeParameter(leadOutputFieldsProperty.name, itemIndex, []) as
		| string[]
		| string;
	const fields = (Array.isArray(chosen) ? chosen : String(chosen).split(','))
		.map((f) => String(f).trim())
		.filter((f) => f && f !== 'lead_id');
	return { output, fields };
}

/**
 * How an execution reads the workspace's definitions, from its Options collection
 * (`keepDefinitionsProperty`): `fresh` when it exists to read them, else kept unless turned off.
 */
export function readDefinitionsMode(options: IDataObject, fresh: boolean): DefinitionsMode {
	if (fresh) return 'fresh';
	return options[keepDefinitionsProperty.name] === false ? 'off' : 'kept';
}

/** The node's Options collection (`requestOptionsProperty`), checked. */
export interface RequestOptions {
	timeoutMs: number;
	itemsInFlight: number;
	dates: DateOutput;
	definitions: DefinitionsMode;
}

/**
 * The Options collection, a setting of the node rather than of an item (read at item 0).
 * `definitionsFresh`: the execution exists to read the workspace's definitions;
 * `parallelItems`: the operation runs items side by side.
 */
export function readRequestOptions(
	this: IExecuteFunctions,
	definitionsFresh: boolean,
	parallelItems: boolean,
): RequestOptions {
	const options = this.getNodeParameter(requestOptionsProperty.name, 0, {}) as IDataObject;
	return {
		timeoutMs: wholeNumberOf(timeoutOption, options[timeoutOption.name]),
		// Only an operation that runs items side by side reads (and checks) Items in Flight.
		itemsInFlight: parallelItems
			? wholeNumberOf(itemsInFlightOption, options[itemsInFlightOption.name])
			: 1,
		dates: options[datesOption.name] === 'raw' ? 'raw' : 'iso',
		definitions: readDefinitionsMode(options, definitionsFresh),
	};
}
