'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });
describe('lead:update', () => {
	it('updates mapped fields, leaves the identifier out and says so', async () => {
		const lead = t.sandbox.state.leads[20];
		const result = await t.run(
			{
				resource: 'lead',
				operation: 'update',
				lead: (0, sandboxed_1.byId)('={{ $json.id }}'),
				fields: (0, sandboxed_1.autoMapped)(),
			},
			[{ id: lead.id, phone: '919999999999', status: 'Won', rating: 5, city: 'Dubai' }],
		);
		expect(result.error).toBeUndefined();
		expect((0, sandboxed_1.json)(result)[0]).toMatchObject({
			lead_id: lead.id,
			result: 'updated',
			status: 'Won',
			rating: 5,
			city: 'Dubai',
			phone: lead.fields.phone,
			skipped: ['phone: the lead identifier cannot be changed, so it was not sent'],
		});
	});
	it('refuses an update with nothing to change, and passes 404s through', async () => {
		const nothing = await t.run({
			resource: 'lead',
			operation: 'update',
			lead: (0, sandboxed_1.byId)(t.sandbox.state.leads[0].id),
			fields: (0, sandboxed_1.mapped)({}),
		});
		expect(nothing.error?.message).toBe('Item 0: no lead field to update');
		const missing = await t.run({
			resource: 'lead',
			operation: 'update',
			lead: (0, sandboxed_1.byId)('62ab16e'),
			fields: (0, sandboxed_1.mapped)({ city: 'Pune' }),
		});
		expect(missing.error?.message).toBe(
			'TeleCRM LEAD_NOT_FOUND: Lead with ID 62ab16e was not found.',
		);
	});
});
//# sourceMappingURL=update.test.js.map
