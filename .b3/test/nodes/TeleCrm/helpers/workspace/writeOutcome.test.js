'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
const outputShaper_1 = require('../../../../../nodes/TeleCrm/helpers/workspace/outputShaper');
const writeOutcome_1 = require('../../../../../nodes/TeleCrm/helpers/workspace/writeOutcome');
const fakeApi_1 = require('../../../../support/fakeApi');
const answer = {
	lead_id: 'L1',
	actions: [{ status: 'CREATED' }, { status: 'IGNORED' }],
	remarks: [{ field: 'rating', remark: 'not a rating' }],
};
const sent = [{ type: '1001', fields: {} }, { type: 'PAYMENT' }];
describe('writeOutcome', () => {
	it('outputs what was kept, each action beside its type, and every remark', async () => {
		const output = new outputShaper_1.OutputShaper((0, fakeApi_1.fakeApi)().workspace, 'iso');
		const result = await (0, writeOutcome_1.writeOutcome)(output, answer, {
			itemIndex: 0,
			actions: sent,
			fields: { name: 'A', rating: 9 },
			extra: { result: 'created' },
			failOnIgnored: false,
		});
		expect(result).toEqual({
			lead_id: 'L1',
			name: 'A',
			result: 'created',
			actions: [
				{ type: '1001', type_name: 'Site Visit', status: 'CREATED' },
				{ type: 'PAYMENT', type_name: 'Payment', status: 'IGNORED' },
			],
			remarks: answer.remarks,
		});
	});
	it('with Fail the Item, anything ignored fails the item, saying the lead was saved', async () => {
		const output = new outputShaper_1.OutputShaper((0, fakeApi_1.fakeApi)().workspace, 'iso');
		const failing = (0, writeOutcome_1.writeOutcome)(output, answer, {
			itemIndex: 2,
			actions: sent,
			failOnIgnored: true,
		});
		await expect(failing).rejects.toThrow(invalidValue_1.ItemError);
		await expect(
			(0, writeOutcome_1.writeOutcome)(output, answer, {
				itemIndex: 2,
				actions: sent,
				failOnIgnored: true,
			}),
		).rejects.toThrow('Item 2: TeleCRM ignored 1 value(s) and 1 action(s) on lead L1');
	});
});
//# sourceMappingURL=writeOutcome.test.js.map
