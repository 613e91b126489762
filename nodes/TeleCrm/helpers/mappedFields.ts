import type { IDataObject, IExecuteFunctions, ResourceMapperValue } from 'n8n-workflow';

import type { FieldKind, FieldSpec, Labels } from './valueConversion';
import { fieldKind, toWireFields } from './valueConversion';
import type { Workspace } from './workspace';

/**
 * The raw values the user mapped: the mapper's own values, or with "Map Automatically"
 * the input item's keys that name a column. Read whole so that this node, not the
 * generic validator, converts and explains bad values.
 */
export function readMapper(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	columns: string[],
): IDataObject {
	const mapper = this.getNodeParameter(name, itemIndex, {
		mappingMode: 'defineBelow',
		value: null,
	}) as ResourceMapperValue;
	const removed = new Set((mapper.schema ?? []).filter((c) => c.removed).map((c) => c.id));
	const source: IDataObject =
		mapper.mappingMode === 'autoMapInputData'
			? this.getInputData()[itemIndex].json
			: ((mapper.value ?? {}) as IDataObject);
	const picked: IDataObject = {};
	for (const [key, value] of Object.entries(source)) {
		if (columns.includes(key) && !removed.has(key)) picked[key] = value;
	}
	return picked;
}

/** Label lists that closed-list kinds are checked against (fetched only when used). */
export async function labelsFor(
	workspace: Workspace,
	specs: FieldSpec[],
	values: IDataObject,
): Promise<(kind: FieldKind) => Labels | undefined> {
	const kinds = new Set<FieldKind>();
	for (const key of Object.keys(values))
		kinds.add(fieldKind(specs.find((s) => s.apiName === key)?.type));
	const labels: Partial<Record<FieldKind, Labels>> = {};
	for (const kind of ['status', 'lostReason'] as const) {
		if (kinds.has(kind)) labels[kind] = await workspace.labels(kind);
	}
	return (kind: FieldKind) => labels[kind];
}

/** Mapped values converted to telecrm's wire format against the given field specs. */
export async function convertMapped(
	this: IExecuteFunctions,
	workspace: Workspace,
	specs: FieldSpec[],
	name: string,
	itemIndex: number,
): Promise<IDataObject> {
	const raw = readMapper.call(
		this,
		name,
		itemIndex,
		specs.map((s) => s.apiName),
	);
	return toWireFields(specs, raw, await labelsFor(workspace, specs, raw));
}
