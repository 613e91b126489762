import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../../../../nodes/TeleCrm/actions/parameters/executionSettings';
import {
	wholeNumber,
	wholeNumberOf,
} from '../../../../../nodes/TeleCrm/actions/parameters/numbers';
import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

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

describe('wholeNumberOf', () => {
	// Options › Items in Flight (1 to 32, default 1) and Timeout (100 or more, default 60000).
	const option = (name: string) =>
		(requestOptionsProperty.options as INodeProperties[]).find((o) => o.name === name)!;
	const [itemsInFlight, timeout] = [option('itemsInFlight'), option('timeout')];

	it("checks against the description's bounds, named as the editor shows it", () => {
		expect(wholeNumberOf(itemsInFlight, '32')).toBe(32);
		expect(() => wholeNumberOf(itemsInFlight, 33)).toThrow('"Items in Flight"');
		expect(() => wholeNumberOf(timeout, 99)).toThrow('"Timeout"');
	});

	it('gives the default when unset', () => {
		expect(wholeNumberOf(itemsInFlight, undefined)).toBe(1);
		expect(wholeNumberOf(timeout, undefined)).toBe(60000);
	});
});
