/** Lead operations through n8n's engine against the sandbox. */

import { runNode } from '../../../../../engine/harness';
import { autoMapped, json, mapped, useSandbox } from '../../../../support/sandboxed';
import { ScriptedServer } from '../../../../support/scriptedServer.cjs';

const t = useSandbox({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `98${String(50000000 + ++phoneSeq)}`;

function itemsOf(run: Awaited<ReturnType<typeof t.run>>) {
	expect(run.error).toBeUndefined();
	return json(run);
}

const storedLead = (id: string) => t.sandbox.state.leads.find((l) => l.id === id)!;

describe('lead:upsert', () => {
	it('creates the lead the first time and updates it the second time, without sending the identifier', async () => {
		const phone = nextPhone();
		const parameters = {
			resource: 'lead',
			operation: 'upsert',
			fields: autoMapped(),
			output: 'fields',
			outputFields: ['name', 'city', 'phone'],
			actions: {
				custom: [
					{
						type: '1003',
						fieldValues: { values: [{ field: '1003.form_name', value: '={{ $json.form }}' }] },
					},
				],
			},
		};
		const result = await t.run(parameters, [
			{ phone, name: 'First Try', city: 'Pune', form: 'Brochure' },
			{ phone: `+91 ${phone}`, name: 'Second Try', form: 'Callback' },
		]);
		expect(result.error).toBeUndefined();
		const [first, second] = json(result);
		expect(first).toMatchObject({
			result: 'created',
			actions: [{ type: '1003', status: 'CREATED' }],
		});
		expect(second).toMatchObject({
			result: 'updated',
			lead_id: first.lead_id,
			actions: [{ type: '1003', status: 'CREATED' }],
		});
		// One lead shape: the fields chosen are at the top level, as Get and Search give them.
		expect(second).toMatchObject({ name: 'Second Try', city: 'Pune', phone: `91${phone}` });
		// A created lead shows the fields as sent (telecrm answers a create with its ID only).
		expect(first).toMatchObject({ name: 'First Try', city: 'Pune', phone });
		const lead = storedLead(first.lead_id as string);
		expect(lead.actions.map((a) => a.fields?.form_name).sort()).toEqual(['Brochure', 'Callback']);
	});

	it("Simplified on an existing lead with nothing to update shows the lead's stored values", async () => {
		const [a, b] = t.sandbox.state.leads.filter((l) => l.fields.name && l.fields.status);
		const simplified = (lead: typeof a) => ({
			lead_id: lead.id,
			name: lead.fields.name,
			phone: lead.fields.phone,
			email: lead.fields.email ?? null,
			status: lead.fields.status,
			assignee: lead.fields.assignee ?? null,
			result: 'updated',
		});
		const parameters = { resource: 'lead', operation: 'upsert', fields: autoMapped() };
		// One item creates first: the 409's search finds the lead; no update request is sent.
		const mark = t.mark();
		const phones = [a, b].map((lead) => String(lead.fields.phone));
		const one = await t.run(parameters, [{ phone: phones[0] }]);
		expect(itemsOf(one)).toEqual([expect.objectContaining(simplified(a))]);
		expect(t.since(mark).filter((r) => r.path.endsWith(`/lead/${a.id}`))).toEqual([]);
		// Several items look up first.
		const two = await t.run(
			parameters,
			phones.map((phone) => ({ phone })),
		);
		expect(itemsOf(two)).toEqual([simplified(a), simplified(b)].map(expect.objectContaining));
	});

	it('accepts in Actions to Add a field added to the custom action since an earlier execution', async () => {
		const entry = (field: string, value: string) => ({
			actions: { custom: [{ type: '1003', fieldValues: { values: [{ field, value }] } }] },
		});
		const parameters = { resource: 'lead', operation: 'upsert', fields: autoMapped() };
		await t.run({ ...parameters, ...entry('1003.form_name', 'A') }, [{ phone: nextPhone() }]);
		const schema = t.sandbox.state.customActions.find((a) => a.code === 'ACTION_1003')!.fieldSchema;
		schema.campaign = { type: 'TEXT' };
		const mark = t.mark();
		const result = await t.run({ ...parameters, ...entry('1003.campaign', 'Diwali') }, [
			{ phone: nextPhone() },
		]);
		delete schema.campaign;
		expect(result.error).toBeUndefined();
		expect(t.since(mark).filter((r) => r.path.includes('custom-actions'))).toHaveLength(1);
		const lead = storedLead(json(result)[0].lead_id as string);
		expect(lead.actions.map((a) => a.fields)).toEqual([{ campaign: 'Diwali' }]);
	});

	it('falls back to update when create answers 409 (a lead appeared between search and create)', async () => {
		let searches = 0;
		const server = await new ScriptedServer((req) => {
			if (req.path.endsWith('/custom-fields'))
				return {
					status: 200,
					body: {
						customFields: [
							{ apiName: 'phone', type: 'PHONE', isLeadid: true },
							{ apiName: 'name', type: 'TEXT' },
						],
					},
				};
			if (req.path.endsWith('/lead/search')) {
				searches++;
				return {
					status: 200,
					body: {
						data: searches === 1 ? [] : [{ lead_id: 'raced-1', fields: { phone: '919876512345' } }],
						total_count: searches === 1 ? 0 : 1,
					},
				};
			}
			if (req.path.endsWith('/lead'))
				return { status: 409, body: { error: { code: 'LEAD_ALREADY_EXISTS', message: 'exists' } } };
			if (req.path.endsWith('/lead/raced-1'))
				return { status: 200, body: { fields: { phone: '919876512345', name: 'Raced' } } };
			return { status: 404, body: { error: { code: 'NOT_FOUND', message: req.path } } };
		}).start();
		try {
			const result = await runNode({
				parameters: {
					resource: 'lead',
					operation: 'upsert',
					fields: mapped({ phone: '919876512345', name: 'Raced' }),
					matchStrategy: 'lookUpFirst',
				},
				credentials: { enterpriseId: 'e1', syncToken: 'k', baseUrl: server.baseUrl },
			});
			expect(result.error).toBeUndefined();
			expect(json(result)[0]).toMatchObject({ lead_id: 'raced-1', result: 'updated' });
			const update = server.requests.find((r) => r.path.endsWith('/lead/raced-1'))!;
			expect(update.body).toEqual({ fields: { name: 'Raced' } });
		} finally {
			await server.stop();
		}
	});
});
