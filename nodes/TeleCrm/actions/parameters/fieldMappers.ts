/**
 * The field mappers: Lead Fields (Create, Create or Update, its queued form, Update) and Action
 * Fields (Timeline › Create and Update); their values as the user mapped them, converted; the
 * new lead an item's Lead Fields give.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	ResourceMapperValue,
} from 'n8n-workflow';

import type { LeadInput, MappedFields } from '../../helpers/leads/leadWrites';
import { leadInput, requireIdentifier } from '../../helpers/leads/leadWrites';
import type { ExecutionScope } from '../../helpers/scope';
import type { FieldValues, ItemJson } from '../../helpers/values/apiShapes';
import { customActionFields, pickFields } from '../../helpers/workspace/fieldValues';
import type { Workspace } from '../../helpers/workspace/workspace';
import type { FirstPass } from '../node.type';
import { readItemValue } from './itemValue';

/** The mappers' parameter names. */
const LEAD_FIELDS = 'fields';
const ACTION_FIELDS = 'actionFields';

/**
 * A resource mapper parameter (Odoo v2 style); columns come from `method`. Writes use n8n's
 * 'add' mode, which lists every field with no matching column (update mode would demand one);
 * Create or Update uses 'upsert' mode, which shows the identifier it matches on at the top.
 */
function fieldMapper(
	name: string,
	displayName: string,
	method: string,
	dependsOn: string[],
	mode: 'add' | 'upsert',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: dependsOn,
			resourceMapper: {
				resourceMapperMethod: method,
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	};
}

/**
 * Lead Fields, its columns from `method`. It depends on 'operation': the loaders do not read
 * it, but Create, Create or Update and Update share the saved `fields`, so switching operation
 * must reload the columns.
 */
export function leadFieldsProperty(
	method: 'getLeadFieldColumns' | 'getLeadUpdateColumns',
	mode: 'add' | 'upsert' = 'add',
): INodeProperties {
	return fieldMapper(LEAD_FIELDS, 'Lead Fields', method, ['operation'], mode);
}

/**
 * A custom action's fields (not required: an action may have none), their columns reloaded
 * when `actionType` (the name of the operation's Action Type parameter) changes.
 */
export function actionFieldsProperty(displayName: string, actionType: string): INodeProperties {
	const mapper = fieldMapper(
		ACTION_FIELDS,
		displayName,
		'getActionFieldColumns',
		[actionType],
		'add',
	);
	return { ...mapper, required: false };
}

/** A resource mapper's value and the input item it maps from (for "Map Automatically"). */
export interface MappedInput {
	mapper: ResourceMapperValue;
	item: ItemJson;
}

/** A field mapper's value and the item it may map automatically from. */
function readMapped(this: IExecuteFunctions, name: string, itemIndex: number): MappedInput {
	const mapper = readItemValue<ResourceMapperValue>(this, name, itemIndex, {
		mappingMode: 'defineBelow',
		value: null,
	} as ResourceMapperValue);
	return { mapper, item: this.getInputData()[itemIndex].json };
}

/**
 * The raw values the user mapped for `columns`: the mapper's own values, or with "Map
 * Automatically" the input item's keys that name a column. Taken whole so that this node, not
 * n8n's generic validator, converts and explains bad values.
 */
export function pickMapped(mapped: MappedInput, columns: string[]): FieldValues {
	return pickFields(mappedSource(mapped), columns);
}

/**
 * The columns the user named, known to the workspace or not: with "Define Below", every
 * column given a value; with "Map Automatically", the item's keys that the mapper listed
 * when the editor loaded it (other keys of a form's item are not meant as fields).
 */
function namedColumns({ mapper, item }: MappedInput): string[] {
	const removed = removedColumns(mapper);
	const given = (key: string) => !removed.has(key) && !isBlank(item[key]);
	if (mapper.mappingMode === 'autoMapInputData') {
		const listed = new Set((mapper.schema ?? []).map((c) => c.id));
		return Object.keys(item).filter((key) => listed.has(key) && given(key));
	}
	const value = (mapper.value ?? {}) as IDataObject;
	return Object.keys(value).filter((key) => !removed.has(key) && !isBlank(value[key]));
}

/** Every value the mapper gives (its columns not removed) and the columns the user named. */
export function mappedFields(mapped: MappedInput): MappedFields {
	return { values: mappedSource(mapped), named: namedColumns(mapped) };
}

/** The mapper's values, or with "Map Automatically" the input item's; removed columns left out. */
function mappedSource({ mapper, item }: MappedInput): FieldValues {
	const removed = removedColumns(mapper);
	const source: IDataObject =
		mapper.mappingMode === 'autoMapInputData' ? item : ((mapper.value ?? {}) as IDataObject);
	const kept: FieldValues = {};
	for (const [key, value] of Object.entries(source)) {
		if (!removed.has(key)) kept[key] = value;
	}
	return kept;
}

function removedColumns(mapper: ResourceMapperValue): Set<string> {
	return new Set((mapper.schema ?? []).filter((c) => c.removed).map((c) => c.id));
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/** Lead Fields, converted, with the workspace's identifier named. */
export async function readLeadInput(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<LeadInput> {
	return await leadInput(workspace, mappedFields(readMapped.call(this, LEAD_FIELDS, itemIndex)));
}

/** A lead as an item of Create, Create or Update or its queued form gives it. */
export interface NewLead {
	input: LeadInput;
	/** The identifier's value, as stored. */
	key: string;
}

/**
 * The item's Lead Fields, converted, the identifier checked. `read` is Lead Fields as the first
 * pass read them (`leadFieldsPass`); without it (no first pass, or it failed for this item) they
 * are read now.
 */
export async function readNewLead(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
	read?: MappedInput,
): Promise<NewLead> {
	const mapped = read ?? readMapped.call(this, LEAD_FIELDS, itemIndex);
	const input = await leadInput(workspace, mappedFields(mapped));
	return { input, key: await requireIdentifier(input, workspace) };
}

/**
 * The first pass of the operations writing a lead by the identifier in Lead Fields: Lead Fields
 * read (the item's run converts them), and the lead key, the identifier as stored ("+91 98…":
 * "9198…"); items sharing it run in input order, with `lookUpFirst` all are looked up first.
 */
export async function leadFieldsPass(
	this: IExecuteFunctions,
	itemIndex: number,
	{ workspace, leads }: ExecutionScope,
	lookUpFirst: boolean,
): Promise<FirstPass<MappedInput>> {
	const read = readMapped.call(this, LEAD_FIELDS, itemIndex);
	const identifier = await workspace.identifierField();
	const stored = await leads.storedForm(pickMapped(read, [identifier.apiName])[identifier.apiName]);
	return stored === undefined ? { read } : { key: { identifier: stored, lookUpFirst }, read };
}

/**
 * Action Fields of custom action `code`, converted. Columns its kept schema does not hold are
 * kept too: the check then reads the schema afresh, or names them.
 */
export async function readActionFields(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
	code: string,
): Promise<IDataObject> {
	const mapped = readMapped.call(this, ACTION_FIELDS, itemIndex);
	const schema = (await workspace.customAction(code)).fieldSchema ?? {};
	const raw = pickMapped(mapped, [...Object.keys(schema), ...namedColumns(mapped)]);
	return await customActionFields(workspace, code, raw);
}
