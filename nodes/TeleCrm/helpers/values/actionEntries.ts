import type { ApiBody, FieldValues } from './apiShapes';
import { CURRENCIES, fullActionCode, PAYMENT, PAYMENT_STATUSES } from './customActions';
import { InvalidValueError } from './itemErrors';
import { toWireValue } from './valueConversion';

/** A custom action to log: its code and its field values by API name, not yet converted. */
export interface CustomActionEntry {
	code: string;
	fields: FieldValues;
}

/** A payment to log, as entered; checked when it becomes a wire action. */
export interface PaymentEntry {
	/** As given (an expression may give anything): checked against PAYMENT_STATUSES. */
	status: unknown;
	/** As given: checked against CURRENCIES. */
	currency: unknown;
	/** Greater than 0; a number or a numeric string. */
	amount: unknown;
	/** An external reference, optional. */
	paymentId?: unknown;
}

/** One action to log with a lead or on its timeline. */
export type ActionEntry = CustomActionEntry | PaymentEntry;

export function isCustomActionEntry(entry: ActionEntry): entry is CustomActionEntry {
	return 'code' in entry;
}

/** A payment action in wire format, refusing what telecrm would ignore. */
export function paymentAction(payment: PaymentEntry, where: string): ApiBody {
	const status = String(payment.status ?? '');
	const currency = String(payment.currency ?? '');
	if (!PAYMENT_STATUSES.includes(status))
		throw new InvalidValueError(`${where} status`, payment.status, PAYMENT_STATUSES.join(', '));
	if (!CURRENCIES.includes(currency))
		throw new InvalidValueError(`${where} currency`, payment.currency, CURRENCIES.join(', '));
	const amount = toWireValue({ apiName: `${where} amount`, type: 'MONEY' }, payment.amount);
	if (amount === undefined || Number(amount) <= 0) {
		throw new InvalidValueError(
			`${where} amount`,
			payment.amount,
			'a number greater than 0, e.g. 5000',
		);
	}
	const action: ApiBody = { type: PAYMENT, status, currency, amount: amount as string };
	const paymentId = String(payment.paymentId ?? '').trim();
	if (paymentId) action.paymentid = paymentId;
	return action;
}

/** Actions as the Async API wants them: custom action types as `ACTION_<code>`. */
export function asyncActions(actions: ApiBody[]): ApiBody[] {
	return actions.map((action) =>
		action.type === PAYMENT ? action : { ...action, type: fullActionCode(String(action.type)) },
	);
}
