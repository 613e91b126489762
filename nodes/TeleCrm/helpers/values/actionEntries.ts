import type { IDataObject } from 'n8n-workflow';

import { CURRENCIES, fullActionCode, PAYMENT, PAYMENT_STATUSES } from './customActions';
import { ItemError, InvalidValueError } from './itemErrors';
import { toWireValue } from './valueConversion';

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

/** Field entries chosen as `1001.note` (from the dropdown) or plain `note` (typed). */
export function entryFieldValues(entry: IDataObject, code: string, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	const rows =
		((entry.fieldValues as IDataObject | undefined)?.values as IDataObject[] | undefined) ?? [];
	for (const row of rows) {
		const chosen = String(row.field ?? '').trim();
		if (!chosen) continue;
		const dot = chosen.indexOf('.');
		const owner = dot > 0 ? chosen.slice(0, dot) : code;
		if (owner !== code) {
			throw new ItemError(
				`Item ${itemIndex}: field "${chosen}" belongs to custom action ${owner}, not ${code}`,
				'Pick fields of the same custom action as the entry.',
			);
		}
		values[dot > 0 ? chosen.slice(dot + 1) : chosen] = row.value;
	}
	return values;
}

/** Actions as the Async API wants them: custom action types as `ACTION_<code>`. */
export function asyncActions(actions: IDataObject[]): IDataObject[] {
	return actions.map((action) =>
		action.type === PAYMENT ? action : { ...action, type: fullActionCode(String(action.type)) },
	);
}
