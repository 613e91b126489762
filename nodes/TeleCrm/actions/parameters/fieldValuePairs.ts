/** Field/value pairs: a lead filter's (Field Values) and a custom action entry's. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldValueFilter } from '../../helpers/leads/leadSearch';

/** A list of field/value pairs whose field dropdown comes from `loadOptionsMethod`. */
export function fieldValuePairs(loadOptionsMethod: string, description: string): INodeProperties {
	return {
		displayName: 'Field Values',
		name: 'fieldValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Field Value',
		description,
		options: [
			{
				displayName: 'Field',
				name: 'values',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

/** The pairs of a `fieldValuePairs` parameter, those naming a field. */
export function fieldValuePairsOf(pairs: unknown): FieldValueFilter[] {
	const rows = ((pairs as IDataObject | undefined)?.values as IDataObject[] | undefined) ?? [];
	return rows
		.map((row) => ({ field: String(row.field ?? '').trim(), value: row.value }))
		.filter(({ field }) => field);
}
