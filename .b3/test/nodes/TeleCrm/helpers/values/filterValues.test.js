'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const filterValues_1 = require('../../../../../nodes/TeleCrm/helpers/values/filterValues');
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
describe('filter values', () => {
	it('anyOf: one value stays a scalar, several an array, none undefined', () => {
		expect((0, filterValues_1.anyOf)(['a'])).toBe('a');
		expect((0, filterValues_1.anyOf)(['a', 'b'])).toEqual(['a', 'b']);
		expect((0, filterValues_1.anyOf)(['', null, undefined])).toBeUndefined();
		expect((0, filterValues_1.anyOf)('x')).toBe('x');
	});
	it('listOf: a multi-select or a comma-separated expression, trimmed and distinct', () => {
		expect((0, filterValues_1.listOf)(' a, b ,a,,')).toEqual(['a', 'b']);
		expect((0, filterValues_1.listOf)(['1001', ' 1001 ', 'PAYMENT'])).toEqual(['1001', 'PAYMENT']);
		expect((0, filterValues_1.listOf)(undefined)).toEqual([]);
	});
	it('memberEmails: checked before they are sent, naming the filter', () => {
		expect((0, filterValues_1.memberEmails)('a@x.io, b@x.io', 'Assignee')).toEqual([
			'a@x.io',
			'b@x.io',
		]);
		expect(() => (0, filterValues_1.memberEmails)(['not-an-email'], 'Assignee')).toThrow(
			invalidValue_1.InvalidValueError,
		);
		expect(() => (0, filterValues_1.memberEmails)(['not-an-email'], 'Assignee')).toThrow(
			'"Assignee"',
		);
	});
	it('pinnedWindow: an open end is pinned, a given one kept, none left out', () => {
		expect((0, filterValues_1.pinnedWindow)('', '', ['From', 'To'])).toBeUndefined();
		expect((0, filterValues_1.pinnedWindow)('', '', ['From', 'To'], 5000)).toEqual({ to: 5000 });
		expect((0, filterValues_1.pinnedWindow)(1000, 2000, ['From', 'To'], 5000)).toEqual({
			from: 1000,
			to: 2000,
		});
	});
});
//# sourceMappingURL=filterValues.test.js.map
