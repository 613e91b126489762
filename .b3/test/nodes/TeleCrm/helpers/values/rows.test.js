'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const rows_1 = require('../../../../../nodes/TeleCrm/helpers/values/rows');
describe('rows', () => {
	it('finds the lead ID under every spelling seen, and none in an empty one', () => {
		expect((0, rows_1.leadIdOf)({ lead_id: 'a' })).toBe('a');
		expect((0, rows_1.leadIdOf)({ id: 7 })).toBe('7');
		expect((0, rows_1.leadIdOf)({ _id: 'b' })).toBe('b');
		expect((0, rows_1.leadIdOf)({ leadId: 'c' })).toBe('c');
		expect((0, rows_1.leadIdOf)({ lead_id: '' })).toBeUndefined();
		expect((0, rows_1.actionIdOf)({ action_id: 3 })).toBe('3');
		expect((0, rows_1.actionIdOf)({})).toBeUndefined();
	});
	it('isoDate converts epoch milliseconds (number or digits) and leaves the rest', () => {
		expect((0, rows_1.isoDate)(0)).toBe('1970-01-01T00:00:00.000Z');
		expect((0, rows_1.isoDate)('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
		expect((0, rows_1.isoDate)('soon')).toBe('soon');
	});
	it('shapeLeadRow: lead_id first; simplified fields on top, else under fields', () => {
		const row = { id: 'L1', fields: { name: 'Asha', follow_up: 0 }, created_on: 0 };
		const fieldDates = new Set(['follow_up']);
		const simple = (0, rows_1.shapeLeadRow)(row, true, fieldDates, rows_1.SYSTEM_DATES);
		expect(Object.keys(simple)[0]).toBe('lead_id');
		expect(simple).toMatchObject({
			lead_id: 'L1',
			name: 'Asha',
			follow_up: '1970-01-01T00:00:00.000Z',
			created_on: '1970-01-01T00:00:00.000Z',
		});
		const full = (0, rows_1.shapeLeadRow)(row, false, undefined, undefined);
		expect(full).toEqual({ lead_id: 'L1', id: 'L1', created_on: 0, fields: row.fields });
	});
});
//# sourceMappingURL=rows.test.js.map
