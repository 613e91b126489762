import { DateTime } from 'luxon';

import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { timeWindow, toEpochMs } from '../../../../../nodes/TeleCrm/helpers/values/dates';

describe('toEpochMs', () => {
	it.each<[unknown, number | undefined]>([
		[1767225600000, 1767225600000],
		['1767225600000', 1767225600000],
		['2026-01-01T00:00:00Z', 1767225600000],
		['2026-01-01T05:30:00+05:30', 1767225600000],
		['01/01/2026', 1767225600000],
		['1/1/2026 00:00:00', 1767225600000],
		[new Date(1767225600000), 1767225600000],
		[DateTime.fromMillis(1767225600000), 1767225600000],
		['31/02/2026', undefined],
		['soon', undefined],
		[true, undefined],
		[Number.NaN, undefined],
	])('%j -> %j', (value, ms) => {
		expect(toEpochMs(value)).toBe(ms);
	});
});

describe('timeWindow', () => {
	it('builds {from, to} from either bound and leaves out empty ones', () => {
		expect(timeWindow('2026-01-01T00:00:00Z', '', ['From', 'To'])).toEqual({ from: 1767225600000 });
		expect(timeWindow(undefined, 1767225600000, ['From', 'To'])).toEqual({ to: 1767225600000 });
		expect(timeWindow('', null, ['From', 'To'])).toBeUndefined();
	});

	it('names the bound that cannot be read', () => {
		expect(() => timeWindow('yesterday', '', ['Created After', 'Created Before'])).toThrow(
			InvalidValueError,
		);
		expect(() => timeWindow('yesterday', '', ['Created After', 'Created Before'])).toThrow(
			'Field "Created After"',
		);
	});
});
