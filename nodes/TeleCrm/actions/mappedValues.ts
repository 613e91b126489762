import type { IDataObject, ResourceMapperValue } from 'n8n-workflow';

import type { MappedFields } from '../helpers/leads/leadWrites';
import type { FieldValues, ItemJson } from '../helpers/values/apiShapes';
import { pickFields } from '../helpers/workspace/fieldValues';

/** A resource mapper's value and the input item it maps from (for "Map Automatically"). */
export interface MappedInput {
	mapper: ResourceMapperValue;
	item: ItemJson;
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
export function namedColumns({ mapper, item }: MappedInput): string[] {
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
