import { pickFields } from '../../../../../nodes/TeleCrm/helpers/values/apiShapes';

describe('pickFields', () => {
	it("keeps the named keys in the values' order, whatever the names' order", () => {
		const values = { phone: '91', name: 'A', rating: 3, note: null };
		expect(pickFields(values, ['rating', 'phone', 'missing'])).toEqual({ phone: '91', rating: 3 });
		expect(Object.keys(pickFields(values, ['note', 'phone']))).toEqual(['phone', 'note']);
	});
});
