/** A payment's parts: an entry of Actions to Add, and Timeline › Create's own payment. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { PaymentEntry } from '../../helpers/values/actionEntries';
import { CURRENCIES, PAYMENT_STATUSES } from '../../helpers/values/customActions';

/** The options of a payment's status, for a new payment and a changed one. */
const paymentStatusOptions = PAYMENT_STATUSES.map((s) => ({
	name: s.charAt(0) + s.slice(1).toLowerCase(),
	value: s,
}));

/** The parts of a payment, each one parameter of `paymentProperties`. */
const PAYMENT_PARTS = ['status', 'currency', 'amount', 'paymentId'] as const;
type PaymentPart = (typeof PAYMENT_PARTS)[number];

/** The parameter holding a part of the payment: `status`, or with a prefix `paymentStatus`. */
function paymentParameterName(prefix: string, part: PaymentPart): string {
	return prefix ? prefix + part.charAt(0).toUpperCase() + part.slice(1) : part;
}

/** The status of `paymentProperties(prefix)` on its own: Timeline › Update changes only it. */
export function paymentStatusProperty(prefix: string): INodeProperties {
	return {
		displayName: 'Payment Status',
		name: paymentParameterName(prefix, 'status'),
		type: 'options',
		options: paymentStatusOptions,
		default: 'PENDING',
	};
}

/** Status, currency, amount and payment ID; used in the payment entry and by Create Action. */
export function paymentProperties(prefix = ''): INodeProperties[] {
	const name = (part: PaymentPart) => paymentParameterName(prefix, part);
	return [
		paymentStatusProperty(prefix),
		{
			displayName: 'Currency',
			name: name('currency'),
			type: 'options',
			options: CURRENCIES.map((c) => ({ name: c, value: c })),
			default: 'INR',
		},
		{
			displayName: 'Amount',
			name: name('amount'),
			type: 'string',
			default: '',
			placeholder: '5000',
			description: 'Greater than 0; sent as a numeric string',
		},
		{
			displayName: 'Payment ID',
			name: name('paymentId'),
			type: 'string',
			default: '',
			description: 'Your external payment reference (optional; cannot be changed later)',
		},
	];
}

/** A payment from `paymentProperties(prefix)`, each part read by `read`. */
export function paymentEntryOf(read: (name: string) => unknown, prefix = ''): PaymentEntry {
	const part = (p: PaymentPart) => read(paymentParameterName(prefix, p));
	const [status, currency, amount, paymentId] = PAYMENT_PARTS.map(part);
	return { status, currency, amount, paymentId };
}

/** The payment of the node's own `paymentProperties(prefix)` parameters. */
export function readPayment(this: IExecuteFunctions, itemIndex: number, prefix: string) {
	return paymentEntryOf((name) => this.getNodeParameter(name, itemIndex, ''), prefix);
}

/** The status of the node's own `paymentStatusProperty(prefix)` parameter. */
export function readPaymentStatus(this: IExecuteFunctions, itemIndex: number, prefix: string) {
	return this.getNodeParameter(paymentParameterName(prefix, 'status'), itemIndex) as string;
}
