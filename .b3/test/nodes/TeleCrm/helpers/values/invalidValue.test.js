'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
describe('wholeNumber', () => {
	it('takes whole numbers and numeric text within bounds', () => {
		expect((0, invalidValue_1.wholeNumber)(5, 'Limit', 1)).toBe(5);
		expect((0, invalidValue_1.wholeNumber)(' 12 ', 'Limit', 1, 32)).toBe(12);
	});
	it('refuses anything else, naming the parameter and the range', () => {
		for (const bad of [0, 1.5, 'x', '', null, 33]) {
			expect(() => (0, invalidValue_1.wholeNumber)(bad, 'Items in Flight', 1, 32)).toThrow(
				invalidValue_1.InvalidValueError,
			);
		}
		expect(() => (0, invalidValue_1.wholeNumber)(0, 'Limit', 1)).toThrow(
			'Field "Limit" has a value TeleCRM would not accept: 0',
		);
		try {
			(0, invalidValue_1.wholeNumber)(40, 'Items in Flight', 1, 32);
		} catch (error) {
			expect(error.accepted).toBe('a whole number, 1 to 32');
		}
	});
});
describe('rowsWanted', () => {
	it('is Infinity with Return All, whatever the Limit says', () => {
		expect((0, invalidValue_1.rowsWanted)(true, 'anything')).toBe(Infinity);
	});
	it('is the checked Limit otherwise', () => {
		expect((0, invalidValue_1.rowsWanted)(false, '10')).toBe(10);
		expect(() => (0, invalidValue_1.rowsWanted)(false, 0)).toThrow(
			invalidValue_1.InvalidValueError,
		);
	});
});
describe('showValue', () => {
	it('quotes text, shows other values as JSON and cuts long ones', () => {
		expect((0, invalidValue_1.showValue)('a')).toBe('"a"');
		expect((0, invalidValue_1.showValue)({ a: 1 })).toBe('{"a":1}');
		expect((0, invalidValue_1.showValue)(undefined)).toBe('undefined');
		expect((0, invalidValue_1.showValue)('x'.repeat(200))).toHaveLength(81);
	});
});
//# sourceMappingURL=invalidValue.test.js.map
