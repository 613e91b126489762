'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const leadDirectory_1 = require('../../../../../nodes/TeleCrm/helpers/leads/leadDirectory');
const leadWrites_1 = require('../../../../../nodes/TeleCrm/helpers/leads/leadWrites');
const invalidValue_1 = require('../../../../../nodes/TeleCrm/helpers/values/invalidValue');
const fakeApi_1 = require('../../../../support/fakeApi');
const mapped = (value) => ({
	mapper: { mappingMode: 'defineBelow', value },
	item: {},
});
describe('lead writes', () => {
	it('leadInput: mapped fields in wire format and the identifier named', async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		const input = await (0, leadWrites_1.leadInput)(
			workspace,
			mapped({ phone: '+91 98765 43210', name: 'A', x: 1 }),
		);
		expect(input).toEqual({ fields: { phone: '919876543210', name: 'A' }, identifier: 'phone' });
		expect((0, leadWrites_1.withoutIdentifier)(input.fields, input.identifier)).toEqual({
			name: 'A',
		});
	});
	it('requireIdentifier: the value, or a message naming the field and its form', async () => {
		const { workspace } = (0, fakeApi_1.fakeApi)();
		expect(
			await (0, leadWrites_1.requireIdentifier)(
				{ fields: { phone: '91' }, identifier: 'phone' },
				workspace,
				0,
			),
		).toBe('91');
		const empty = (0, leadWrites_1.requireIdentifier)(
			{ fields: {}, identifier: 'phone' },
			workspace,
			4,
		);
		await expect(empty).rejects.toThrow(invalidValue_1.ItemError);
		await expect(
			(0, leadWrites_1.requireIdentifier)({ fields: {}, identifier: 'phone' }, workspace, 4),
		).rejects.toThrow('Item 4: the lead identifier "phone" is empty');
	});
	it('createLead sends the fields, and the actions only when there are some, as not idempotent', async () => {
		const { api, workspace, requests } = (0, fakeApi_1.fakeApi)(() => ({ lead_id: 'L1' }));
		const leads = new leadDirectory_1.LeadDirectory(api, workspace);
		const input = { fields: { phone: '919876543210' }, identifier: 'phone' };
		await (0, leadWrites_1.createLead)(api, leads, input, [], 0);
		await (0, leadWrites_1.createLead)(api, leads, input, [{ type: '1001', fields: {} }], 0);
		expect(requests.map((r) => [r.path, r.body, r.idempotent])).toEqual([
			['lead', { fields: input.fields }, false],
			['lead', { fields: input.fields, actions: [{ type: '1001', fields: {} }] }, false],
		]);
	});
	it('updateLead sends only what is needed: fields, actions, both or nothing', async () => {
		const { api, requests } = (0, fakeApi_1.fakeApi)((r) =>
			r.path === 'lead/L1' ? { fields: { name: 'B' } } : {},
		);
		expect(await (0, leadWrites_1.updateLead)(api, 'L1', {}, [], 0)).toEqual({});
		expect(requests).toEqual([]);
		const both = await (0, leadWrites_1.updateLead)(
			api,
			'L1',
			{ name: 'B' },
			[{ type: 'PAYMENT' }],
			0,
		);
		expect(both.fields).toEqual({ name: 'B' });
		expect(requests.map((r) => r.path)).toEqual(['lead/L1', 'lead/L1/action']);
	});
});
//# sourceMappingURL=leadWrites.test.js.map
