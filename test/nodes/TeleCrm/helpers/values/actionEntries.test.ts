import {
	asyncActions,
	isCustomActionEntry,
	paymentAction,
} from '../../../../../nodes/TeleCrm/helpers/values/actionEntries';
import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

describe('paymentAction', () => {
	it('is the wire payment: status, currency, amount as text, the reference as paymentid', () => {
		expect(
			paymentAction(
				{ status: 'PENDING', currency: 'INR', amount: 5000, paymentId: ' ref-1 ' },
				'payment',
			),
		).toEqual({
			type: 'PAYMENT',
			status: 'PENDING',
			currency: 'INR',
			amount: '5000',
			paymentid: 'ref-1',
		});
	});

	it('refuses what telecrm would ignore, naming the entry', () => {
		const ok = { status: 'PENDING', currency: 'INR', amount: '10' };
		expect(() => paymentAction({ ...ok, status: 'DONE' }, 'payment 2')).toThrow(
			'"payment 2 status"',
		);
		expect(() => paymentAction({ ...ok, currency: 'EUR' }, 'payment')).toThrow(InvalidValueError);
		expect(() => paymentAction({ ...ok, amount: '0' }, 'payment')).toThrow('"payment amount"');
	});
});

describe('isCustomActionEntry', () => {
	it('tells a custom action (a code) from a payment', () => {
		expect(isCustomActionEntry({ code: '1001', fields: {} })).toBe(true);
		expect(isCustomActionEntry({ status: 'PENDING', currency: 'INR', amount: 5 })).toBe(false);
	});
});

describe('asyncActions', () => {
	it('gives custom actions the ACTION_ prefix the Async API needs, payments as they are', () => {
		const payment = { type: 'PAYMENT', status: 'PENDING', currency: 'INR', amount: '5' };
		expect(asyncActions([{ type: '1001', fields: { note: 'x' } }, payment])).toEqual([
			{ type: 'ACTION_1001', fields: { note: 'x' } },
			payment,
		]);
	});
});
