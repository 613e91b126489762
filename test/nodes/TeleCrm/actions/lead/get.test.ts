/** Lead operations through n8n's engine against the sandbox. */

import { byId, byIdentifier, json, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });

describe('lead:get', () => {
	it('gets by ID, Simplified by default, raw on request, with an optional page of actions', async () => {
		const lead = t.sandbox.state.leads.find((l) => l.actions.length >= 2)!;
		const simple = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: byId(lead.id),
			includeActions: true,
			actionsLimit: 1,
		});
		expect(json(simple)[0]).toMatchObject({
			lead_id: lead.id,
			name: lead.fields.name,
			phone: lead.fields.phone,
		});
		// The page's skip and limit echo the parameters: Simplified leaves them out.
		expect(Object.keys(json(simple)[0])).toEqual([
			'lead_id',
			'name',
			'phone',
			'email',
			'status',
			'assignee',
			'created_on',
			'actions',
		]);
		const nested = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: byId(lead.id),
			includeActions: true,
			actionsLimit: 1,
			actionsSkip: 1,
			output: 'raw',
		});
		expect(json(nested)[0]).toMatchObject({
			lead_id: lead.id,
			fields: { name: lead.fields.name },
			actions_skip: 1,
			actions_limit: 1,
		});
		expect((json(nested)[0].actions as unknown[]).length).toBe(1);
	});

	it('finds the lead by its identifier value in any phone format', async () => {
		const lead = t.sandbox.state.leads[10];
		const phone = String(lead.fields.phone);
		const result = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: byIdentifier(`+${phone.slice(0, 2)} ${phone.slice(2)}`),
		});
		expect(json(result)[0].lead_id).toBe(lead.id);
		const missing = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: byIdentifier('910000000001'),
		});
		expect(missing.error?.message).toBe('Item 0: No lead has phone = "910000000001"');
	});
});
