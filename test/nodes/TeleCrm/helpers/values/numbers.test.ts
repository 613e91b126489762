import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { wholeNumber } from '../../../../../nodes/TeleCrm/helpers/values/numbers';

describe('wholeNumber', () => {
	it('takes whole numbers and numeric text within bounds', () => {
		expect(wholeNumber(5, 'Limit', 1)).toBe(5);
		expect(wholeNumber(' 12 ', 'Limit', 1, 32)).toBe(12);
	});

	it('refuses anything else, naming the parameter and the range', () => {
		for (const bad of [0, 1.5, 'x', '', null, 33]) {
			expect(() => wholeNumber(bad, 'Items in Flight', 1, 32)).toThrow(InvalidValueError);
		}
		expect(() => wholeNumber(0, 'Limit', 1)).toThrow(
			'Field "Limit" has a value TeleCRM would not accept: 0',
		);
		try {
			wholeNumber(40, 'Items in Flight', 1, 32);
		} catch (error) {
			expect((error as InvalidValueError).accepted).toBe('a whole number, 1 to 32');
		}
	});
});
