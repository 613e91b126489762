/** Lead operations through n8n's engine against the sandbox. */

import { autoMapped, byId, json, mapped, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });

describe('lead:update', () => {
	it('updates mapped fields, leaves the identifier out and says so', async () => {
		const lead = t.sandbox.state.leads[20];
		const result = await t.run(
			{
				resource: 'lead',
				operation: 'update',
				lead: byId('={{ $json.id }}'),
				fields: autoMapped(),
			},
			[{ id: lead.id, phone: '919999999999', status: 'Won', rating: 5, city: 'Dubai' }],
		);
		expect(result.error).toBeUndefined();
		expect(json(result)[0]).toMatchObject({
			lead_id: lead.id,
			result: 'updated',
			status: 'Won',
			phone: lead.fields.phone,
			skipped: ['phone: the lead identifier cannot be changed, so it was not sent'],
		});
		// Simplified (the default) leaves out the fields beyond its own; they were saved.
		expect(json(result)[0]).not.toHaveProperty('city');
		expect(lead.fields).toMatchObject({ status: 'Won', rating: 5, city: 'Dubai' });
	});

	it('refuses an update with nothing to change, and passes 404s through', async () => {
		const nothing = await t.run({
			resource: 'lead',
			operation: 'update',
			lead: byId(t.sandbox.state.leads[0].id),
			fields: mapped({}),
		});
		expect(nothing.error?.message).toBe('Item 0: no lead field to update');
		const missing = await t.run({
			resource: 'lead',
			operation: 'update',
			lead: byId('62ab16e'),
			fields: mapped({ city: 'Pune' }),
		});
		expect(missing.error?.message).toBe(
			'TeleCRM LEAD_NOT_FOUND: Lead with ID 62ab16e was not found.',
		);
	});
});
