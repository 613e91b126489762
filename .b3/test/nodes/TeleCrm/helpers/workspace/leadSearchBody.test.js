'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const leadSearchBody_1 = require('../../../../../nodes/TeleCrm/helpers/workspace/leadSearchBody');
const fakeApi_1 = require('../../../../support/fakeApi');
describe('the lead search body', () => {
	it('converts Field Values as a create would; archived statuses may be searched; repeats are "any of"', async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		const fields = await (0, leadSearchBody_1.fieldValueFilters)(workspace, [
			{ field: 'phone', value: '+91 98765 43210' },
			{ field: 'phone', value: '919999999999' },
			{ field: 'status', value: 'old' },
			{ field: '', value: 'ignored' },
		]);
		expect(fields).toEqual({ phone: ['919876543210', '919999999999'], status: 'Old' });
	});
	it('costs no metadata request without Field Values', async () => {
		const { workspace, requests } = (0, fakeApi_1.fakeApi)();
		expect(await (0, leadSearchBody_1.fieldValueFilters)(workspace, [])).toEqual({});
		expect(requests).toEqual([]);
	});
	it('puts lead filters under fields and action filters under actions, pinning an open window', async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		const body = await (0, leadSearchBody_1.leadSearchBody)(workspace, {
			filters: {
				status: ['Fresh'],
				assignee: ['a@x.io', 'b@x.io'],
				createdAfter: 1000,
				actionTypes: ['1001'],
				performedAfter: 2000,
			},
			pinTo: 9000,
		});
		expect(body).toEqual({
			fields: {
				status: 'Fresh',
				assignee: ['a@x.io', 'b@x.io'],
				created_on: { from: 1000, to: 9000 },
			},
			actions: { type: '1001', performed_at: { from: 2000 } },
		});
		expect(await (0, leadSearchBody_1.leadSearchBody)(workspace, { filters: {} })).toEqual({});
	});
});
//# sourceMappingURL=leadSearchBody.test.js.map
