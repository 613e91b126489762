'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });
describe('lead:get', () => {
	it('gets by ID, flattened by default, with an optional page of actions', async () => {
		const lead = t.sandbox.state.leads.find((l) => l.actions.length >= 2);
		const flat = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(lead.id),
		});
		expect((0, sandboxed_1.json)(flat)[0]).toMatchObject({
			lead_id: lead.id,
			name: lead.fields.name,
			phone: lead.fields.phone,
		});
		const nested = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(lead.id),
			includeActions: true,
			actionsLimit: 1,
			actionsSkip: 1,
			simplify: false,
		});
		expect((0, sandboxed_1.json)(nested)[0]).toMatchObject({
			lead_id: lead.id,
			fields: { name: lead.fields.name },
			actions_skip: 1,
			actions_limit: 1,
		});
		expect((0, sandboxed_1.json)(nested)[0].actions.length).toBe(1);
	});
	it('finds the lead by its identifier value in any phone format', async () => {
		const lead = t.sandbox.state.leads[10];
		const phone = String(lead.fields.phone);
		const result = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: (0, sandboxed_1.byIdentifier)(`+${phone.slice(0, 2)} ${phone.slice(2)}`),
		});
		expect((0, sandboxed_1.json)(result)[0].lead_id).toBe(lead.id);
		const missing = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: (0, sandboxed_1.byIdentifier)('910000000001'),
		});
		expect(missing.error?.message).toBe('No lead has phone = "910000000001"');
	});
});
//# sourceMappingURL=get.test.js.map
