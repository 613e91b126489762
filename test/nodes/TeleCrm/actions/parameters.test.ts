import type { IExecuteFunctions } from 'n8n-workflow';

import {
	actionEntriesOf,
	entryFieldValues,
	leadFiltersOf,
	paymentEntryOf,
	readLeadLocator,
} from '../../../../nodes/TeleCrm/actions/parameters';
import { ItemError } from '../../../../nodes/TeleCrm/helpers/values/itemErrors';

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

describe('leadFiltersOf', () => {
	it('reads every Lead Search filter into typed values, checked', () => {
		expect(
			leadFiltersOf({
				status: ['Fresh', ''],
				assignee: 'a@x.io, b@x.io',
				fieldValues: { values: [{ field: ' city ', value: 'Pune' }] },
				createdAfter: 1000,
				actionTypes: '1001',
				performedBy: ['c@x.io'],
				performedBefore: '2026-01-01T00:00:00Z',
			}),
		).toEqual({
			statuses: ['Fresh'],
			assignees: ['a@x.io', 'b@x.io'],
			fieldValues: [{ field: 'city', value: 'Pune' }],
			created: { from: 1000 },
			actionTypes: ['1001'],
			performedBy: ['c@x.io'],
			performed: { to: 1767225600000 },
		});
	});

	it('names the filter whose value is refused', () => {
		expect(() => leadFiltersOf({ assignee: ['nobody'] })).toThrow('"Assignee"');
		expect(() => leadFiltersOf({ createdBefore: 'yesterday' })).toThrow('"Created Before"');
		expect(() => leadFiltersOf({ performedBy: ['x'] })).toThrow('"Actions Performed By"');
	});
});

describe('readLeadLocator', () => {
	const read = (mode: string, value: unknown) =>
		readLeadLocator.call(
			{ getNodeParameter: () => ({ mode, value }) } as unknown as IExecuteFunctions,
			0,
		);

	it('maps the description mode names to a typed locator, the value trimmed', () => {
		expect(read('list', ' L9 ')).toEqual({ by: 'id', value: 'L9' });
		expect(read('id', 42)).toEqual({ by: 'id', value: '42' });
		expect(read('identifier', ' +91 98 ')).toEqual({ by: 'identifier', value: '+91 98' });
		expect(read('identifier', undefined)).toEqual({ by: 'identifier', value: '' });
	});
});
