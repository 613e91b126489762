'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.paymentAction = paymentAction;
exports.entryFieldValues = entryFieldValues;
exports.asyncActions = asyncActions;
const customActions_1 = require('./customActions');
const invalidValue_1 = require('./invalidValue');
const valueConversion_1 = require('./valueConversion');
function paymentAction(values, where) {
	const status = String(values.status ?? '');
	const currency = String(values.currency ?? '');
	if (!customActions_1.PAYMENT_STATUSES.includes(status))
		throw new invalidValue_1.InvalidValueError(
			`${where} status`,
			values.status,
			customActions_1.PAYMENT_STATUSES.join(', '),
		);
	if (!customActions_1.CURRENCIES.includes(currency))
		throw new invalidValue_1.InvalidValueError(
			`${where} currency`,
			values.currency,
			customActions_1.CURRENCIES.join(', '),
		);
	const amount = (0, valueConversion_1.toWireValue)(
		{ apiName: `${where} amount`, type: 'MONEY' },
		values.amount,
	);
	if (amount === undefined || Number(amount) <= 0) {
		throw new invalidValue_1.InvalidValueError(
			`${where} amount`,
			values.amount,
			'a number greater than 0, e.g. 5000',
		);
	}
	const action = { type: customActions_1.PAYMENT, status, currency, amount: amount };
	const paymentId = String(values.paymentId ?? '').trim();
	if (paymentId) action.paymentid = paymentId;
	return action;
}
function entryFieldValues(entry, code, itemIndex) {
	const values = {};
	const rows = entry.fieldValues?.values ?? [];
	for (const row of rows) {
		const chosen = String(row.field ?? '').trim();
		if (!chosen) continue;
		const dot = chosen.indexOf('.');
		const owner = dot > 0 ? chosen.slice(0, dot) : code;
		if (owner !== code) {
			throw new invalidValue_1.ItemError(
				`Item ${itemIndex}: field "${chosen}" belongs to custom action ${owner}, not ${code}`,
				'Pick fields of the same custom action as the entry.',
			);
		}
		values[dot > 0 ? chosen.slice(dot + 1) : chosen] = row.value;
	}
	return values;
}
function asyncActions(actions) {
	return actions.map((action) =>
		action.type === customActions_1.PAYMENT
			? action
			: { ...action, type: (0, customActions_1.fullActionCode)(String(action.type)) },
	);
}
//# sourceMappingURL=actionEntries.js.map
