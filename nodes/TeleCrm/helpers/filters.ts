import type { IDataObject } from 'n8n-workflow';

/** One value stays a scalar; several become an array, which telecrm reads as "any of". */
export function anyOf(values: unknown): IDataObject[string] | undefined {
	const list = (Array.isArray(values) ? values : [values]).filter(
		(v) => v !== '' && v !== undefined && v !== null,
	);
	if (list.length === 0) return undefined;
	return (list.length === 1 ? list[0] : list) as IDataObject[string];
}
