/** Action operations through n8n's engine against the sandbox. */
import {
	byId,
	byIdentifier,
	json,
	mapped,
	useSandbox,
	createLead,
} from '../../../../support/sandboxed';

const t = useSandbox({ seed: 30, now: Date.UTC(2026, 10, 20, 12) });

const newLead = async (phone: string) => await createLead(t, phone, 'Timeline');

describe('action:create', () => {
	it('records the chosen custom action with its mapped fields plus additional actions, in one request', async () => {
		const leadId = await newLead('919812300001');
		const mark = t.mark();
		const result = await t.run({
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: '1001',
			actionFields: mapped({
				note: 'Walked the plot',
				outcome: 'Interested',
				visit_date: '2026-11-19T09:00:00Z',
			}),
			additionalActions: {
				custom: [
					{ type: '1002', fieldValues: { values: [{ field: '1002.attendees', value: '3' }] } },
				],
				payment: [{ status: 'COMPLETED', currency: 'AED', amount: 1200, paymentId: '' }],
			},
		});
		expect(result.error).toBeUndefined();
		expect(json(result)[0]).toMatchObject({
			lead_id: leadId,
			actions: [
				{ type: '1001', status: 'CREATED' },
				{ type: '1002', status: 'CREATED' },
				{ type: 'PAYMENT', status: 'CREATED' },
			],
			remarks: [],
		});
		const writes = t.since(mark).filter((r) => r.path.endsWith('/action'));
		expect(writes).toHaveLength(1);
		const lead = t.sandbox.state.leads.find((l) => l.id === leadId)!;
		expect(lead.actions.find((a) => a.type === '1001')?.fields).toEqual({
			note: 'Walked the plot',
			outcome: 'Interested',
			visit_date: Date.UTC(2026, 10, 19, 9),
		});
		expect(lead.actions.find((a) => a.type === '1002')?.fields).toEqual({ attendees: 3 });
		expect(lead.actions.find((a) => a.type === 'PAYMENT')).toMatchObject({
			currency: 'AED',
			amount: '1200',
		});
	});

	it('records a payment chosen as the action type, finding the lead by phone', async () => {
		await newLead('919812300002');
		const result = await t.run({
			resource: 'action',
			operation: 'create',
			lead: byIdentifier('+91 98123 00002'),
			actionType: 'PAYMENT',
			paymentStatus: 'PENDING',
			paymentCurrency: 'INR',
			paymentAmount: '10000',
		});
		expect(json(result)[0].actions).toEqual([
			{ type: 'PAYMENT', type_name: 'Payment', action_id: expect.any(String), status: 'CREATED' },
		]);
	});

	it('refuses a zero amount and a field of another action before sending', async () => {
		const leadId = await newLead('919812300003');
		const mark = t.mark();
		const zero = await t.run({
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: 'PAYMENT',
			paymentStatus: 'PENDING',
			paymentCurrency: 'INR',
			paymentAmount: '0',
		});
		expect(zero.error?.message).toBe(
			'Item 0: Field "payment amount" has a value TeleCRM would not accept: "0"',
		);
		const mixed = await t.run({
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: '1001',
			actionFields: mapped({}),
			additionalActions: {
				custom: [{ type: '1002', fieldValues: { values: [{ field: '1001.note', value: 'x' }] } }],
			},
		});
		expect(mixed.error?.message).toBe(
			'Item 0: field "1001.note" belongs to custom action 1001, not 1002',
		);
		expect(t.since(mark).filter((r) => r.path.endsWith('/action'))).toHaveLength(0);
	});

	it('accepts a field added to the custom action since an earlier execution (one fresh read)', async () => {
		const leadId = await newLead('919812300005');
		const parameters = { resource: 'action', operation: 'create', lead: byId(leadId) };
		await t.run({ ...parameters, actionType: '1003', actionFields: mapped({ form_name: 'A' }) });
		const schema = t.sandbox.state.customActions.find((a) => a.code === 'ACTION_1003')!.fieldSchema;
		schema.campaign = { type: 'TEXT' };
		const mark = t.mark();
		const result = await t.run({
			...parameters,
			actionType: '1003',
			actionFields: mapped({ form_name: 'B', campaign: 'Diwali' }),
		});
		delete schema.campaign;
		expect(result.error).toBeUndefined();
		expect(t.since(mark).filter((r) => r.path.includes('custom-actions'))).toHaveLength(1);
		const lead = t.sandbox.state.leads.find((l) => l.id === leadId)!;
		expect(lead.actions.find((a) => a.fields?.form_name === 'B')?.fields).toMatchObject({
			campaign: 'Diwali',
		});
	});

	it('reports actions telecrm ignored, and can fail the item for them', async () => {
		const leadId = await newLead('919812300004');
		const parameters = {
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: '1003',
			actionFields: mapped({ page_url: 'https://example.com/form' }),
		};
		const kept = await t.run(parameters);
		expect(json(kept)[0].remarks).toEqual([]);
		// The field removed in telecrm while the node still keeps the action's schema (the
		// expiry's window): the node sends it, telecrm ignores the action and says why.
		const schema = t.sandbox.state.customActions.find((a) => a.code === 'ACTION_1003')!.fieldSchema;
		const pageUrl = schema.page_url;
		delete schema.page_url;
		const failed = await t.run({ ...parameters, onIgnored: 'fail' });
		schema.page_url = pageUrl;
		expect(failed.error?.message).toMatch(/TeleCRM ignored 1 value\(s\) and 1 action\(s\)/);
		expect(failed.error?.description).toContain(
			'actions[0].fields.page_url: Unknown field for Form Submission',
		);
	});
});
