import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import {
	convertActionEntries,
	convertFields,
	customActionFields,
	pickFields,
} from '../../../../../nodes/TeleCrm/helpers/workspace/fieldValues';
import { fakeApi } from '../../../../support/fakeApi';

describe('field values against the workspace', () => {
	it('converts mapped values; a status must be an active one (the pipeline is read only then)', async () => {
		const { workspace, requests } = fakeApi();
		const specs = await workspace.customFields();
		expect(
			await convertFields(workspace, specs, { phone: '+91 98765 43210', rating: '4' }),
		).toEqual({
			phone: '919876543210',
			rating: 4,
		});
		expect(requests.map((r) => r.path)).toEqual(['custom-fields']);
		expect(await convertFields(workspace, specs, { status: 'fresh' })).toEqual({ status: 'Fresh' });
		await expect(convertFields(workspace, specs, { status: 'Old' })).rejects.toThrow(
			InvalidValueError,
		);
	});

	it("converts a custom action's fields by its schema and refuses a field it does not have", async () => {
		const { workspace } = fakeApi();
		const fields = await customActionFields(workspace, '1001', {
			visit_on: '2026-01-01T00:00:00Z',
		});
		expect(fields).toEqual({ visit_on: 1767225600000 });
		await expect(customActionFields(workspace, '1001', { nope: 1 })).rejects.toThrow('"nope"');
	});

	it('converts action entries in their order, numbering the payments', async () => {
		const { workspace } = fakeApi();
		const payment = { status: 'COMPLETED', currency: 'INR', amount: '5' };
		const actions = await convertActionEntries(workspace, [
			{ code: '1001', fields: { note: 'hi' } },
			payment,
			{ ...payment, amount: '0' },
		]).catch((error: Error) => error.message);
		expect(actions).toContain('"payment 2 amount"');
		expect(
			await convertActionEntries(workspace, [{ code: '1001', fields: { note: 'hi' } }, payment]),
		).toEqual([
			{ type: '1001', fields: { note: 'hi' } },
			{ type: 'PAYMENT', status: 'COMPLETED', currency: 'INR', amount: '5' },
		]);
	});
});

describe('pickFields', () => {
	it("keeps the named keys in the values' order, whatever the names' order", () => {
		const values = { phone: '91', name: 'A', rating: 3, note: null };
		expect(pickFields(values, ['rating', 'phone', 'missing'])).toEqual({ phone: '91', rating: 3 });
		expect(Object.keys(pickFields(values, ['note', 'phone']))).toEqual(['phone', 'note']);
	});
});
