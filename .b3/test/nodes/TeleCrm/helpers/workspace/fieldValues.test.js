'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
const fieldValues_1 = require('../../../../../nodes/TeleCrm/helpers/workspace/fieldValues');
const fakeApi_1 = require('../../../../support/fakeApi');
describe('field values against the workspace', () => {
	it('converts mapped values; a status must be an active one (the pipeline is read only then)', async () => {
		const { workspace, requests } = (0, fakeApi_1.fakeApi)();
		const specs = await workspace.customFields();
		expect(
			await (0, fieldValues_1.convertFields)(workspace, specs, {
				phone: '+91 98765 43210',
				rating: '4',
			}),
		).toEqual({
			phone: '919876543210',
			rating: 4,
		});
		expect(requests.map((r) => r.path)).toEqual(['custom-fields']);
		expect(await (0, fieldValues_1.convertFields)(workspace, specs, { status: 'fresh' })).toEqual({
			status: 'Fresh',
		});
		await expect(
			(0, fieldValues_1.convertFields)(workspace, specs, { status: 'Old' }),
		).rejects.toThrow(invalidValue_1.InvalidValueError);
	});
	it("converts a custom action's fields by its schema and refuses a field it does not have", async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		const fields = await (0, fieldValues_1.customActionFields)(workspace, '1001', {
			visit_on: '2026-01-01T00:00:00Z',
		});
		expect(fields).toEqual({ visit_on: 1767225600000 });
		await expect(
			(0, fieldValues_1.customActionFields)(workspace, '1001', { nope: 1 }),
		).rejects.toThrow('"nope"');
	});
	it('converts Actions to Add: custom actions first, then payments', async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		const actions = await (0, fieldValues_1.convertActionEntries)(
			workspace,
			{
				payment: [{ status: 'COMPLETED', currency: 'INR', amount: '5' }],
				custom: [
					{ type: 'ACTION_1001', fieldValues: { values: [{ field: 'note', value: 'hi' }] } },
				],
			},
			0,
		);
		expect(actions).toEqual([
			{ type: '1001', fields: { note: 'hi' } },
			{ type: 'PAYMENT', status: 'COMPLETED', currency: 'INR', amount: '5' },
		]);
		await expect(
			(0, fieldValues_1.convertActionEntries)(workspace, { custom: [{ type: '' }] }, 0),
		).rejects.toThrow('"custom action 1"');
	});
});
//# sourceMappingURL=fieldValues.test.js.map
