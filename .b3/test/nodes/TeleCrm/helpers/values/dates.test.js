'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const luxon_1 = require('luxon');
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
const dates_1 = require('../../../../../nodes/TeleCrm/helpers/values/dates');
describe('toEpochMs', () => {
	it.each([
		[1767225600000, 1767225600000],
		['1767225600000', 1767225600000],
		['2026-01-01T00:00:00Z', 1767225600000],
		['2026-01-01T05:30:00+05:30', 1767225600000],
		['01/01/2026', 1767225600000],
		['1/1/2026 00:00:00', 1767225600000],
		[new Date(1767225600000), 1767225600000],
		[luxon_1.DateTime.fromMillis(1767225600000), 1767225600000],
		['31/02/2026', undefined],
		['soon', undefined],
		[true, undefined],
		[Number.NaN, undefined],
	])('%j -> %j', (value, ms) => {
		expect((0, dates_1.toEpochMs)(value)).toBe(ms);
	});
});
describe('timeWindow', () => {
	it('builds {from, to} from either bound and leaves out empty ones', () => {
		expect((0, dates_1.timeWindow)('2026-01-01T00:00:00Z', '', ['From', 'To'])).toEqual({
			from: 1767225600000,
		});
		expect((0, dates_1.timeWindow)(undefined, 1767225600000, ['From', 'To'])).toEqual({
			to: 1767225600000,
		});
		expect((0, dates_1.timeWindow)('', null, ['From', 'To'])).toBeUndefined();
	});
	it('names the bound that cannot be read', () => {
		expect(() =>
			(0, dates_1.timeWindow)('yesterday', '', ['Created After', 'Created Before']),
		).toThrow(invalidValue_1.InvalidValueError);
		expect(() =>
			(0, dates_1.timeWindow)('yesterday', '', ['Created After', 'Created Before']),
		).toThrow('Field "Created After"');
	});
});
//# sourceMappingURL=dates.test.js.map
