import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	ResourceMapperValue,
} from 'n8n-workflow';

import {
	datesOption,
	itemsInFlightOption,
	keepDefinitionsProperty,
	leadFilters,
	leadLocator,
	memberLocator,
	onIgnoredProperty,
	requestOptionsProperty,
	simplifyProperty,
	timeoutOption,
} from './common.descriptions';
import type { LeadLocator } from '../helpers/leads/leadLocator';
import { resolveLeadId } from '../helpers/leads/leadLocator';
import type { LeadInput } from '../helpers/leads/leadWrites';
import { leadInput } from '../helpers/leads/leadWrites';
import type { DateOutput } from '../helpers/output/outputShaper';
import type { ExecutionScope } from '../helpers/scope';
import type { LeadKey } from './node.type';
import { rowsWanted, wholeNumber } from '../helpers/values/numbers';
import type { MappedInput } from '../helpers/values/mapper';
import { namedColumns, pickMapped } from '../helpers/values/mapper';
import { requiredWireValue } from '../helpers/values/valueConversion';
import { convertActionEntries, customActionFields } from '../helpers/workspace/fieldValues';
import type { DefinitionsMode, Workspace } from '../helpers/workspace/workspace';

/**
 * Readers of the parameters that common.descriptions.ts defines for several operations: the
 * names come from the descriptions, so a renamed parameter is renamed here too.
 */

export function readLeadLocator(this: IExecuteFunctions, itemIndex: number): LeadLocator {
	return this.getNodeParameter(leadLocator.name, itemIndex) as LeadLocator;
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
	return await leadInput(workspace, readMapped.call(this, 'fields', itemIndex));
}

/** The identifier mapped in Lead Fields, in its stored form ("+91 98…" → "9198…"), if any. */
export async function readMappedIdentifier(
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
	return rowsWanted(
		returnAll,
		returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
	);
}

/** A `fieldMapper` parameter and the item it may map automatically from. */
export function readMapped(this: IExecuteFunctions, name: string, itemIndex: number): MappedInput {
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

/** An `actionEntriesProperty` collection, converted (custom actions first, then payments). */
export async function readActionEntries(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	workspace: Workspace,
): Promise<IDataObject[]> {
	const collection = this.getNodeParameter(name, itemIndex, {}) as IDataObject;
	return await convertActionEntries(workspace, collection, itemIndex);
}

/** `onIgnoredProperty`: whether values telecrm ignored fail the item. */
export function failsOnIgnored(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNodeParameter(onIgnoredProperty.name, itemIndex, 'keep') === 'fail';
}

/** The Filters collection of Lead › Search and Lead › Count (`leadFilters`), as set. */
export function readLeadFilters(this: IExecuteFunctions, itemIndex: number): IDataObject {
	return this.getNodeParameter(leadFilters.name, itemIndex, {}) as IDataObject;
}

export function readSimplify(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNodeParameter(simplifyProperty.name, itemIndex, true) as boolean;
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

/** A number option, checked against the bounds its description declares. */
function optionNumber(options: IDataObject, option: INodeProperties): number {
	const { minValue = 1, maxValue } = option.typeOptions ?? {};
	const value = options[option.name] ?? option.default;
	return wholeNumber(value, option.displayName, minValue, maxValue);
}

/**
 * The Options collection, a setting of the node rather than of an item (read at item 0).
 * `definitionsFresh`: the execution exists to read the workspace's definitions.
 */
export function readRequestOptions(
	this: IExecuteFunctions,
	definitionsFresh: boolean,
): RequestOptions {
	const options = this.getNodeParameter(requestOptionsProperty.name, 0, {}) as IDataObject;
	return {
		timeoutMs: optionNumber(options, timeoutOption),
		itemsInFlight: optionNumber(options, itemsInFlightOption),
		dates: options[datesOption.name] === 'raw' ? 'raw' : 'iso',
		definitions: readDefinitionsMode(options, definitionsFresh),
	};
}
