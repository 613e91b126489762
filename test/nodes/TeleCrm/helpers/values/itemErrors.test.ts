import { showValue } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

describe('showValue', () => {
	it('quotes text, shows other values as JSON and cuts long ones', () => {
		expect(showValue('a')).toBe('"a"');
		expect(showValue({ a: 1 })).toBe('{"a":1}');
		expect(showValue(undefined)).toBe('undefined');
		expect(showValue('x'.repeat(200))).toHaveLength(81);
	});
});
