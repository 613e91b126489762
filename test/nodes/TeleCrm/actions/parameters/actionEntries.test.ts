import {
	actionEntriesOf,
	entryFieldValues,
} from '../../../../../nodes/TeleCrm/actions/parameters/actionEntries';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

describe('entryFieldValues', () => {
	it('reads fields picked as "1001.note" or typed as "note"', () => {
		const pairs = [
			{ field: '1001.note', value: 'a' },
			{ field: 'visit_on', value: 'b' },
		];
		expect(entryFieldValues(pairs, '1001')).toEqual({ note: 'a', visit_on: 'b' });
	});

	it('refuses a field of another custom action, saying how to fix it (toNodeError adds the item)', () => {
		const pairs = [{ field: '1002.note', value: 'a' }];
		expect(() => entryFieldValues(pairs, '1001')).toThrow(ItemError);
		expect(() => entryFieldValues(pairs, '1001')).toThrow(
			/^field "1002.note" belongs to custom action 1002, not 1001$/,
		);
	});
});

describe('actionEntriesOf', () => {
	it('custom actions first (their fields picked), then payments; blank fields left out', () => {
		const entries = actionEntriesOf({
			payment: [{ status: 'COMPLETED', currency: 'INR', amount: '5' }],
			custom: [
				{
					type: 'ACTION_1001',
					fieldValues: {
						values: [
							{ field: '1001.note', value: 'hi' },
							{ field: ' ', value: 'ignored' },
						],
					},
				},
			],
		});
		expect(entries).toEqual([
			{ code: '1001', fields: { note: 'hi' } },
			{ status: 'COMPLETED', currency: 'INR', amount: '5', paymentId: undefined },
		]);
	});

	it('refuses a custom action entry with no action chosen', () => {
		expect(() => actionEntriesOf({ custom: [{ type: '' }] })).toThrow('"custom action 1"');
	});
});
