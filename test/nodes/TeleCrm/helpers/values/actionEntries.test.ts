import {
	asyncActions,
	entryFieldValues,
	paymentAction,
} from '../../../../../nodes/TeleCrm/helpers/values/actionEntries';
import {
	InvalidValueError,
	ItemError,
} from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

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

describe('entryFieldValues', () => {
	it('reads fields picked as "1001.note" or typed as "note"', () => {
		const entry = {
			fieldValues: {
				values: [
					{ field: '1001.note', value: 'a' },
					{ field: 'visit_on', value: 'b' },
					{ field: ' ', value: 'ignored' },
				],
			},
		};
		expect(entryFieldValues(entry, '1001', 0)).toEqual({ note: 'a', visit_on: 'b' });
	});

	it('refuses a field of another custom action, saying how to fix it', () => {
		const entry = { fieldValues: { values: [{ field: '1002.note', value: 'a' }] } };
		expect(() => entryFieldValues(entry, '1001', 3)).toThrow(ItemError);
		expect(() => entryFieldValues(entry, '1001', 3)).toThrow(
			'Item 3: field "1002.note" belongs to custom action 1002, not 1001',
		);
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
