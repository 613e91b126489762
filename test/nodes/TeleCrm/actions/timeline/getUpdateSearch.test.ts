/** Action operations through n8n's engine against the sandbox. */
import { byId, json, mapped, useSandbox, createLead } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 30, now: Date.UTC(2026, 10, 20, 12) });

const newLead = async (phone: string) => await createLead(t, phone, 'Timeline');

describe('action:get, action:update, action:search', () => {
	let leadId: string;
	let customId: string;
	let paymentId: string;

	beforeAll(async () => {
		leadId = await newLead('919812300010');
		const created = await t.run({
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: '1001',
			actionFields: mapped({ note: 'First note' }),
			additionalActions: {
				payment: [{ status: 'PENDING', currency: 'INR', amount: '900', paymentId: 'ext-9' }],
			},
		});
		[customId, paymentId] = (json(created)[0].actions as Array<{ action_id: string }>).map(
			(a) => a.action_id,
		);
	});

	it('gets a custom action and a payment', async () => {
		const custom = await t.run({
			resource: 'action',
			operation: 'get',
			lead: byId(leadId),
			actionId: customId,
		});
		expect(json(custom)[0]).toEqual({
			lead_id: leadId,
			action_id: customId,
			type: '1001',
			type_name: 'Site Visit',
			fields: { note: 'First note' },
		});
		const payment = await t.run({
			resource: 'action',
			operation: 'get',
			lead: byId(leadId),
			actionId: paymentId,
		});
		expect(json(payment)[0]).toMatchObject({
			type: 'PAYMENT',
			status: 'PENDING',
			amount: '900',
			paymentid: 'ext-9',
		});
		const missing = await t.run({
			resource: 'action',
			operation: 'get',
			lead: byId(leadId),
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
			lead: byId(leadId),
			actionId: customId,
			actionType: '1001',
			actionFields: mapped({ outcome: 'Not Interested', visit_date: '2026-12-05T10:30:00Z' }),
		});
		// Like every action output: the type's name, and date fields as ISO.
		expect(json(custom)[0]).toEqual({
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
			lead: byId(leadId),
			actionId: paymentId,
			actionType: 'PAYMENT',
			paymentStatus: 'COMPLETED',
		});
		expect(json(payment)[0]).toMatchObject({ status: 'COMPLETED', amount: '900' });
		const wrongType = await t.run({
			resource: 'action',
			operation: 'update',
			lead: byId(leadId),
			actionId: customId,
			actionType: '1002',
			actionFields: mapped({ notes: 'x' }),
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
			lead: byId(busy.id),
			returnAll: true,
			filters: {},
		});
		expect(json(all).map((a) => a.action_id)).toEqual(busy.actions.map((a) => a.id));
		const mark = t.mark();
		const one = await t.run({
			resource: 'action',
			operation: 'search',
			lead: byId(busy.id),
			limit: 1,
			filters: {},
		});
		expect(one.items).toHaveLength(1);
		expect(t.since(mark)[0].query).toEqual({ skip: '0', limit: '1' });
		const type = busy.actions[0].type;
		const filtered = await t.run({
			resource: 'action',
			operation: 'search',
			lead: byId(busy.id),
			returnAll: true,
			filters: { types: [type] },
		});
		expect(json(filtered).every((a) => a.type === type)).toBe(true);
		expect(filtered.items).toHaveLength(busy.actions.filter((a) => a.type === type).length);
	});

	it('sends Performed By as checked emails (several as an array) and refuses any other value', async () => {
		const search = (performedBy: string | string[]) => ({
			resource: 'action',
			operation: 'search',
			lead: byId(leadId),
			returnAll: true,
			filters: { performedBy },
		});
		const mark = t.mark();
		await t.run(search(['a@company.com', 'b@company.com']));
		await t.run(search('a@company.com'));
		const searches = t.since(mark).filter((r) => r.path.endsWith('/action/search'));
		const sent = searches.map(
			(r) => (JSON.parse(r.body) as { performed_by: unknown }).performed_by,
		);
		expect(sent).toEqual([['a@company.com', 'b@company.com'], 'a@company.com']);
		const refused = t.mark();
		const agentId = await t.run(search(['agent-7']));
		expect(agentId.error?.message).toMatch(/"Performed By"/);
		expect(t.since(refused).filter((r) => r.path.endsWith('/action/search'))).toHaveLength(0);
	});
});
