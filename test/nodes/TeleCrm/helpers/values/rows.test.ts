import {
	actionIdOf,
	createdAt,
	isoDate,
	leadIdOf,
	shapeLeadRow,
	SYSTEM_DATES,
} from '../../../../../nodes/TeleCrm/helpers/values/rows';

describe('rows', () => {
	it('finds the lead ID under every spelling seen, and none in an empty one', () => {
		expect(leadIdOf({ lead_id: 'a' })).toBe('a');
		expect(leadIdOf({ id: 7 })).toBe('7');
		expect(leadIdOf({ _id: 'b' })).toBe('b');
		expect(leadIdOf({ leadId: 'c' })).toBe('c');
		expect(leadIdOf({ lead_id: '' })).toBeUndefined();
		expect(actionIdOf({ action_id: 3 })).toBe('3');
		expect(actionIdOf({})).toBeUndefined();
	});

	it('createdAt reads the row, then its fields, else 0', () => {
		expect(createdAt({ created_on: 5 })).toBe(5);
		expect(createdAt({ fields: { created_on: '7' } })).toBe(7);
		expect(createdAt({})).toBe(0);
	});

	it('isoDate converts epoch milliseconds (number or digits) and leaves the rest', () => {
		expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
		expect(isoDate('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
		expect(isoDate('soon')).toBe('soon');
	});

	it('shapeLeadRow: lead_id first; simplified fields on top, else under fields', () => {
		const row = { id: 'L1', fields: { name: 'Asha', follow_up: 0 }, created_on: 0 };
		const fieldDates = new Set(['follow_up']);
		const simple = shapeLeadRow(row, true, fieldDates, SYSTEM_DATES);
		expect(Object.keys(simple)[0]).toBe('lead_id');
		expect(simple).toMatchObject({
			lead_id: 'L1',
			name: 'Asha',
			follow_up: '1970-01-01T00:00:00.000Z',
			created_on: '1970-01-01T00:00:00.000Z',
		});
		const full = shapeLeadRow(row, false, undefined, undefined);
		expect(full).toEqual({ lead_id: 'L1', id: 'L1', created_on: 0, fields: row.fields });
	});
});
