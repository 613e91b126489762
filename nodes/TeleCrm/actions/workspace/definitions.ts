import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';

const detailProperty: INodeProperties = {
	displayName: 'Include Details',
	name: 'detail',
	type: 'boolean',
	default: false,
	description:
		'Whether to include IDs, descriptions and option or field-schema metadata (detail mode)',
};

/** Get Custom Fields and Get Custom Actions: same query, one item per entry. */
export function listDefinitions(operation: string, listKey: string, path: string) {
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['workspace'], operation: [operation] } },
			[detailProperty],
		),
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ api }: ExecutionScope,
		): Promise<IDataObject[]> {
			const detail = this.getNodeParameter(detailProperty.name, itemIndex, false) as boolean;
			const body = await api.request({
				method: 'GET',
				path: [path],
				qs: { detail },
				itemIndex,
			});
			const list = body[listKey];
			return Array.isArray(list) ? (list as IDataObject[]) : [];
		},
	};
}

/**
 * Get Custom Field and Get Custom Action: one definition, picked from a dropdown, by the key
 * its endpoint wants (`toKey`).
 */
export function oneDefinition(
	operation: string,
	picker: INodeProperties,
	path: string,
	toKey: (picked: string) => string,
) {
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['workspace'], operation: [operation] } },
			[picker],
		),
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ api }: ExecutionScope,
		): Promise<IDataObject> {
			const key = toKey(String(this.getNodeParameter(picker.name, itemIndex)));
			return await api.request({ method: 'GET', path: [path, key], itemIndex });
		},
	};
}
