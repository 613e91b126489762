'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 30, now: Date.UTC(2026, 10, 20, 12) });
const newLead = async (phone) => await (0, sandboxed_1.createLead)(t, phone, 'Timeline');
describe('action:get, action:update, action:search', () => {
	let leadId;
	let customId;
	let paymentId;
	beforeAll(async () => {
		leadId = await newLead('919812300010');
		const created = await t.run({
			resource: 'action',
			operation: 'create',
			lead: (0, sandboxed_1.byId)(leadId),
			actionType: '1001',
			actionFields: (0, sandboxed_1.mapped)({ note: 'First note' }),
			additionalActions: {
				payment: [{ status: 'PENDING', currency: 'INR', amount: '900', paymentId: 'ext-9' }],
			},
		});
		[customId, paymentId] = (0, sandboxed_1.json)(created)[0].actions.map((a) => a.action_id);
	});
	it('gets a custom action and a payment', async () => {
		const custom = await t.run({
			resource: 'action',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: customId,
		});
		expect((0, sandboxed_1.json)(custom)[0]).toEqual({
			lead_id: leadId,
			action_id: customId,
			type: '1001',
			type_name: 'Site Visit',
			fields: { note: 'First note' },
		});
		const payment = await t.run({
			resource: 'action',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: paymentId,
		});
		expect((0, sandboxed_1.json)(payment)[0]).toMatchObject({
			type: 'PAYMENT',
			status: 'PENDING',
			amount: '900',
			paymentid: 'ext-9',
		});
		const missing = await t.run({
			resource: 'action',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: 'nope',
		});
		expect(missing.error?.message).toBe(
			'TeleCRM ACTION_NOT_FOUND: Action with ID nope was not found.',
		);
	});
	it('updates custom fields and a payment status', async () => {
		const custom = await t.run({
			resource: 'action',
			operation: 'update',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: customId,
			actionType: '1001',
			actionFields: (0, sandboxed_1.mapped)({
				outcome: 'Not Interested',
				visit_date: '2026-12-05T10:30:00Z',
			}),
		});
		expect((0, sandboxed_1.json)(custom)[0]).toEqual({
			lead_id: leadId,
			action_id: customId,
			type: '1001',
			type_name: 'Site Visit',
			fields: {
				note: 'First note',
				outcome: 'Not Interested',
				visit_date: '2026-12-05T10:30:00.000Z',
			},
		});
		const payment = await t.run({
			resource: 'action',
			operation: 'update',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: paymentId,
			actionType: 'PAYMENT',
			paymentStatus: 'COMPLETED',
		});
		expect((0, sandboxed_1.json)(payment)[0]).toMatchObject({ status: 'COMPLETED', amount: '900' });
		const wrongType = await t.run({
			resource: 'action',
			operation: 'update',
			lead: (0, sandboxed_1.byId)(leadId),
			actionId: customId,
			actionType: '1002',
			actionFields: (0, sandboxed_1.mapped)({ notes: 'x' }),
		});
		expect(wrongType.error?.message).toMatch(
			/^TeleCRM BAD_REQUEST: type must be the action's existing type/,
		);
	});
	it('searches the timeline with Return All, Limit and filters', async () => {
		const busy = t.sandbox.state.leads.reduce((a, b) =>
			b.actions.length > a.actions.length ? b : a,
		);
		const all = await t.run({
			resource: 'action',
			operation: 'search',
			lead: (0, sandboxed_1.byId)(busy.id),
			returnAll: true,
			filters: {},
		});
		expect((0, sandboxed_1.json)(all).map((a) => a.action_id)).toEqual(
			busy.actions.map((a) => a.id),
		);
		const mark = t.mark();
		const one = await t.run({
			resource: 'action',
			operation: 'search',
			lead: (0, sandboxed_1.byId)(busy.id),
			limit: 1,
			filters: {},
		});
		expect(one.items).toHaveLength(1);
		expect(t.since(mark)[0].query).toEqual({ skip: '0', limit: '1' });
		const type = busy.actions[0].type;
		const filtered = await t.run({
			resource: 'action',
			operation: 'search',
			lead: (0, sandboxed_1.byId)(busy.id),
			returnAll: true,
			filters: { types: [type] },
		});
		expect((0, sandboxed_1.json)(filtered).every((a) => a.type === type)).toBe(true);
		expect(filtered.items).toHaveLength(busy.actions.filter((a) => a.type === type).length);
	});
});
//# sourceMappingURL=getUpdateSearch.test.js.map
