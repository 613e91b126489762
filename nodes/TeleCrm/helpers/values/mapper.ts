import type { IDataObject, ResourceMapperValue } from 'n8n-workflow';

/** A resource mapper's value and the input item it maps from (for "Map Automatically"). */
export interface MappedInput {
	mapper: ResourceMapperValue;
	item: IDataObject;
}

/**
 * The raw values the user mapped for `columns`: the mapper's own values, or with "Map
 * Automatically" the input item's keys that name a column. Taken whole so that this node, not
 * n8n's generic validator, converts and explains bad values.
 */
export function pickMapped({ mapper, item }: MappedInput, columns: string[]): IDataObject {
	const removed = new Set((mapper.schema ?? []).filter((c) => c.removed).map((c) => c.id));
	const source: IDataObject =
		mapper.mappingMode === 'autoMapInputData' ? item : ((mapper.value ?? {}) as IDataObject);
	const picked: IDataObject = {};
	for (const [key, value] of Object.entries(source)) {
		if (columns.includes(key) && !removed.has(key)) picked[key] = value;
	}
	return picked;
}
