import {
	actionIdOf,
	createdAt,
	leadIdOf,
	rowFields,
} from '../../../../../nodes/TeleCrm/helpers/values/rows';

describe('rows', () => {
	it('finds the lead ID under every spelling seen, and none in an empty one', () => {
		expect(leadIdOf({ lead_id: 'a' })).toBe('a');
		expect(leadIdOf({ id: 7 })).toBe('7');
		expect(leadIdOf({ _id: 'b' })).toBe('b');
		expect(leadIdOf({ leadId: 'c' })).toBe('c');
		expect(leadIdOf({ lead_id: '' })).toBeUndefined();
		expect(actionIdOf({ action_id: 3 })).toBe('3');
		expect(actionIdOf({})).toBeUndefined();
	});

	it('createdAt reads the row, then its fields, else 0', () => {
		expect(createdAt({ created_on: 5 })).toBe(5);
		expect(createdAt({ fields: { created_on: '7' } })).toBe(7);
		expect(createdAt({})).toBe(0);
	});

	it("rowFields: a row's fields, with status from the row's top when the fields lack it", () => {
		expect(rowFields({ status: 'Won', fields: { name: 'Asha' } })).toEqual({
			name: 'Asha',
			status: 'Won',
		});
		expect(rowFields({ status: 'Won', fields: { status: 'Lost' } })).toEqual({ status: 'Lost' });
		expect(rowFields({ lead_id: 'L1' })).toEqual({});
	});
});
