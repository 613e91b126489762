import { paymentEntryOf } from '../../../../../nodes/TeleCrm/actions/parameters/payment';

describe('paymentEntryOf', () => {
	it('reads the parts of a payment, with or without a prefix', () => {
		const values: Record<string, unknown> = {
			paymentStatus: 'PENDING',
			paymentCurrency: 'INR',
			paymentAmount: 5,
		};
		expect(paymentEntryOf((name) => values[name], 'payment')).toEqual({
			status: 'PENDING',
			currency: 'INR',
			amount: 5,
			paymentId: undefined,
		});
		expect(paymentEntryOf((name) => ({ status: 'COMPLETED' })[name])).toMatchObject({
			status: 'COMPLETED',
			currency: undefined,
		});
	});
});
