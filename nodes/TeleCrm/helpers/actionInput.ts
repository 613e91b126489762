import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { bareActionCode, CURRENCIES, PAYMENT, PAYMENT_STATUSES } from './customActions';
import { InvalidValueError } from './errors';
import { toWireFields, toWireValue } from './valueConversion';
import { labelsFor } from './mappedFields';
import type { Workspace } from './workspace';

/** A payment action in wire format, refusing what telecrm would ignore. */
export function paymentAction(values: IDataObject, where: string): IDataObject {
	const status = String(values.status ?? '');
	const currency = String(values.currency ?? '');
	if (!PAYMENT_STATUSES.includes(status))
		throw new InvalidValueError(`${where} status`, values.status, PAYMENT_STATUSES.join(', '));
	if (!CURRENCIES.includes(currency))
		throw new InvalidValueError(`${where} currency`, values.currency, CURRENCIES.join(', '));
	const amount = toWireValue({ apiName: `${where} amount`, type: 'MONEY' }, values.amount);
	if (amount === undefined || Number(amount) <= 0) {
		throw new InvalidValueError(
			`${where} amount`,
			values.amount,
			'a number greater than 0, e.g. 5000',
		);
	}
	const action: IDataObject = { type: PAYMENT, status, currency, amount: amount as string };
	const paymentId = String(values.paymentId ?? '').trim();
	if (paymentId) action.paymentid = paymentId;
	return action;
}

/** Custom-action field values converted against that action's field schema. */
export async function customActionFields(
	workspace: Workspace,
	code: string,
	values: IDataObject,
): Promise<IDataObject> {
	const definition = await workspace.customAction(code);
	const specs = Object.entries(definition.fieldSchema ?? {}).map(([apiName, def]) => ({
		apiName,
		type: def.type,
	}));
	for (const key of Object.keys(values)) {
		if (!specs.some((s) => s.apiName === key)) {
			throw new InvalidValueError(
				key,
				values[key],
				`a field of ${definition.displayName}: ${specs.map((s) => s.apiName).join(', ')}`,
			);
		}
	}
	return toWireFields(specs, values, await labelsFor(workspace, specs, values));
}

/** Field entries chosen as `1001.note` (from the dropdown) or plain `note` (typed). */
function entryFieldValues(
	this: IExecuteFunctions,
	entry: IDataObject,
	code: string,
	itemIndex: number,
): IDataObject {
	const values: IDataObject = {};
	const rows =
		((entry.fieldValues as IDataObject | undefined)?.values as IDataObject[] | undefined) ?? [];
	for (const row of rows) {
		const chosen = String(row.field ?? '').trim();
		if (!chosen) continue;
		const dot = chosen.indexOf('.');
		const owner = dot > 0 ? chosen.slice(0, dot) : code;
		if (owner !== code) {
			throw new NodeOperationError(
				this.getNode(),
				`Item ${itemIndex}: field "${chosen}" belongs to custom action ${owner}, not ${code}`,
				{
					itemIndex,
					description: 'Pick fields of the same custom action as the entry.',
				},
			);
		}
		values[dot > 0 ? chosen.slice(dot + 1) : chosen] = row.value;
	}
	return values;
}

/** The entries of an `actionEntriesProperty`, converted: custom actions first, then payments. */
export async function readActionEntries(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	workspace: Workspace,
): Promise<IDataObject[]> {
	const collection = this.getNodeParameter(name, itemIndex, {}) as IDataObject;
	const actions: IDataObject[] = [];
	const custom = (collection.custom as IDataObject[] | undefined) ?? [];
	for (const [n, entry] of custom.entries()) {
		const code = bareActionCode(String(entry.type ?? ''));
		if (!code)
			throw new InvalidValueError(
				`custom action ${n + 1}`,
				entry.type,
				'a custom action from the list',
			);
		const fields = await customActionFields(
			workspace,
			code,
			entryFieldValues.call(this, entry, code, itemIndex),
		);
		actions.push({ type: code, fields });
	}
	const payments = (collection.payment as IDataObject[] | undefined) ?? [];
	payments.forEach((p, n) => actions.push(paymentAction(p, `payment ${n + 1}`)));
	return actions;
}
