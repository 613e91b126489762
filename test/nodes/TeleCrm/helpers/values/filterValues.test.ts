import {
	anyOf,
	givenValues,
	listOf,
	memberEmails,
	pinnedWindow,
} from '../../../../../nodes/TeleCrm/helpers/values/filterValues';
import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

describe('filter values', () => {
	it('givenValues: blanks left out, an expression whole, a number kept a number', () => {
		expect(givenValues(['Won', '', null, 1001, undefined])).toEqual(['Won', 1001]);
		expect(givenValues('Won, Lost')).toEqual(['Won, Lost']);
		expect(givenValues(undefined)).toEqual([]);
	});

	it('anyOf: one value stays a scalar, several an array, none undefined', () => {
		expect(anyOf(['a'])).toBe('a');
		expect(anyOf(['a', 'b'])).toEqual(['a', 'b']);
		expect(anyOf(['', null, undefined])).toBeUndefined();
		expect(anyOf('x')).toBe('x');
	});

	it('listOf: a multi-select or a comma-separated expression, trimmed and distinct', () => {
		expect(listOf(' a, b ,a,,')).toEqual(['a', 'b']);
		expect(listOf(['1001', ' 1001 ', 'PAYMENT'])).toEqual(['1001', 'PAYMENT']);
		expect(listOf(undefined)).toEqual([]);
	});

	it('memberEmails: checked before they are sent, naming the filter', () => {
		expect(memberEmails('a@x.io, b@x.io', 'Assignee')).toEqual(['a@x.io', 'b@x.io']);
		expect(() => memberEmails(['not-an-email'], 'Assignee')).toThrow(InvalidValueError);
		expect(() => memberEmails(['not-an-email'], 'Assignee')).toThrow('"Assignee"');
	});

	it('pinnedWindow: an open end is pinned, a given one kept, none left out', () => {
		expect(pinnedWindow(undefined)).toBeUndefined();
		expect(pinnedWindow(undefined, 5000)).toEqual({ to: 5000 });
		expect(pinnedWindow({ from: 1000 }, 5000)).toEqual({ from: 1000, to: 5000 });
		expect(pinnedWindow({ from: 1000, to: 2000 }, 5000)).toEqual({ from: 1000, to: 2000 });
	});
});
