/** Actions to Add (and Timeline › Create's Additional Actions): custom actions and payments. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldValuePairs, fieldValuePairsOf } from './fieldValuePairs';
import { paymentEntryOf, paymentProperties } from './payment';
import type { FieldValueFilter } from '../../helpers/leads/leadSearch';
import type { ActionEntry, CustomActionEntry } from '../../helpers/values/actionEntries';
import type { ApiBody, FieldValues } from '../../helpers/values/apiShapes';
import { bareActionCode } from '../../helpers/values/customActions';
import { InvalidValueError, ItemError } from '../../helpers/values/itemErrors';
import { convertActionEntries } from '../../helpers/workspace/fieldValues';
import type { Workspace } from '../../helpers/workspace/workspace';
import { readItemValue } from './itemValue';

/** The lists of entries operations show, by parameter name. */
const ENTRY_LISTS = {
	actions: 'Actions to Add',
	additionalActions: 'Additional Actions',
};
type EntryList = keyof typeof ENTRY_LISTS;

/** Any number of custom actions and payments, picked from dropdowns. */
export function actionEntriesProperty(name: EntryList, description: string): INodeProperties {
	return {
		displayName: ENTRY_LISTS[name],
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Action',
		default: {},
		description,
		options: [
			{
				displayName: 'Custom Action',
				name: 'custom',
				values: [
					{
						displayName: 'Custom Action Name or ID',
						name: 'type',
						type: 'options',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						typeOptions: { loadOptionsMethod: 'getCustomActions' },
						default: '',
					},
					fieldValuePairs('getCustomActionFields', 'Fields of the chosen custom action'),
				],
			},
			{ displayName: 'Payment', name: 'payment', values: paymentProperties() },
		],
	};
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
	name: EntryList,
	itemIndex: number,
	workspace: Workspace,
): Promise<ApiBody[]> {
	const collection = readItemValue<IDataObject>(this, name, itemIndex, {});
	return await convertActionEntries(workspace, actionEntriesOf(collection));
}
