import {
	differingFields,
	sameStoredValue,
} from '../../../../../nodes/TeleCrm/helpers/values/storedValues';

describe('stored values', () => {
	it('numbers by value, lists as sets, text without case or surrounding spaces', () => {
		expect(sameStoredValue('5000', 5000)).toBe(true);
		expect(sameStoredValue(4, '4.0')).toBe(true);
		expect(sameStoredValue(['Villa', 'Plot'], ['plot', 'villa'])).toBe(true);
		expect(sameStoredValue(['Villa'], ['Villa', 'Plot'])).toBe(false);
		expect(sameStoredValue('Fresh', ' fresh ')).toBe(true);
		expect(sameStoredValue('Goa', undefined)).toBe(false);
	});

	it('names the sent fields whose stored value differs', () => {
		expect(differingFields({ city: 'Goa', rating: 4 }, { city: 'Pune', rating: 4 })).toEqual([
			'city',
		]);
		expect(differingFields({}, { city: 'Pune' })).toEqual([]);
	});
});
