/** Lead operations through n8n's engine against the sandbox. */
import { DateTime } from 'luxon';

import { runNode } from '../support/harness';
import { autoMapped, byId, byIdentifier, json, mapped, useSandbox } from '../support/sandboxed';
import { ScriptedServer } from '../support/scriptedServer.cjs';

const t = useSandbox({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `98${String(50000000 + ++phoneSeq)}`;

const storedLead = (id: string) => t.sandbox.state.leads.find((l) => l.id === id)!;

describe('lead:create', () => {
	it('converts mapped values to the wire format and records the chosen actions', async () => {
		const national = nextPhone();
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({
				name: 'Jane Doe',
				phone: `+91 ${national.slice(0, 5)} ${national.slice(5)}`,
				email: ' jane@example.com ',
				rating: '4',
				interests: 'Villa, Plot',
				follow_up_date: '2026-12-01T10:00:00Z',
				deal_size: 250000,
				status: 'qualified',
				budget_lakhs: '42.5',
			}),
			actions: {
				custom: [
					{
						type: '1003',
						fieldValues: {
							values: [
								{ field: '1003.form_name', value: 'Contact us' },
								{ field: 'message', value: 'Call me' },
							],
						},
					},
				],
				payment: [{ status: 'PENDING', currency: 'INR', amount: '5000', paymentId: 'pay-77' }],
			},
		});
		expect(result.error).toBeUndefined();
		const [out] = json(result);
		expect(out).toMatchObject({ result: 'created', remarks: [] });
		expect(out.actions).toEqual([
			{ type: '1003', action_id: expect.any(String), status: 'CREATED' },
			{ type: 'PAYMENT', action_id: expect.any(String), status: 'CREATED' },
		]);
		const lead = storedLead(out.lead_id as string);
		expect(lead.fields).toMatchObject({
			name: 'Jane Doe',
			phone: `91${national}`,
			email: 'jane@example.com',
			rating: 4,
			interests: ['Villa', 'Plot'],
			follow_up_date: Date.UTC(2026, 11, 1, 10),
			deal_size: '250000',
			status: 'Qualified',
			budget_lakhs: 42.5,
		});
		expect(lead.actions.find((a) => a.type === 'PAYMENT')).toMatchObject({
			amount: '5000',
			paymentid: 'pay-77',
		});
		expect(lead.actions.find((a) => a.type === '1003')?.fields).toEqual({
			form_name: 'Contact us',
			message: 'Call me',
		});
		const writes = t.since(mark).filter((r) => r.path.endsWith('/lead'));
		expect(writes).toHaveLength(1);
	});

	it('reads Luxon DateTimes from expressions as epoch milliseconds', async () => {
		const result = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({
				phone: nextPhone(),
				follow_up_date: '={{ DateTime.fromISO("2026-12-24T08:30:00Z") }}',
			}),
		});
		expect(result.error).toBeUndefined();
		const lead = storedLead(json(result)[0].lead_id as string);
		expect(lead.fields.follow_up_date).toBe(DateTime.fromISO('2026-12-24T08:30:00Z').toMillis());
	});

	it('maps input items automatically by field name, fetching workspace metadata once per execution', async () => {
		const items = [0, 1, 2].map((i) => ({
			name: `Form ${i}`,
			phone: nextPhone(),
			email: `form${i}@example.com`,
			utm: 'ignored',
		}));
		const mark = t.mark();
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: autoMapped() },
			items,
		);
		expect(json(result).map((o) => o.result)).toEqual(['created', 'created', 'created']);
		const requests = t.since(mark);
		expect(requests.filter((r) => r.path.endsWith('/custom-fields'))).toHaveLength(1);
		expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/lead'))).toHaveLength(3);
		expect(requests).toHaveLength(4);
		expect(storedLead(json(result)[2].lead_id as string).fields).toMatchObject({
			name: 'Form 2',
			email: 'form2@example.com',
		});
	});

	it('keeps remarks in the output by default, or fails the item when asked', async () => {
		const parameters = {
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '={{ $json.phone }}', assignee: 'ghost@example.com' }),
		};
		const kept = await t.run(parameters, [{ phone: nextPhone() }]);
		expect(json(kept)[0].remarks).toEqual([
			{
				field: 'fields.assignee',
				status: 'IGNORED',
				remark: 'No active team member has the email ghost@example.com',
			},
		]);
		const failed = await t.run(
			{ ...parameters, onIgnored: 'fail' },
			[{ phone: nextPhone() }, { phone: nextPhone() }],
			true,
		);
		expect(failed.items).toHaveLength(2);
		expect(failed.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(failed.items[1].json.error).toMatch(
			/^Item 1: TeleCRM ignored 1 value\(s\) and 0 action\(s\) on lead [0-9a-f]{24}$/,
		);
		expect(failed.items[1].json.description).toContain('fields.assignee: No active team member');
	});

	it('explains an empty identifier and a 409 for an existing one', async () => {
		const empty = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({ name: 'No phone' }),
		});
		expect(empty.error?.message).toBe('Item 0: the lead identifier "phone" is empty');
		const phone = nextPhone();
		await t.run({ resource: 'lead', operation: 'create', fields: mapped({ phone }) });
		const again = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: `+91${phone}` }),
		});
		expect(again.error?.message).toMatch(/^TeleCRM LEAD_ALREADY_EXISTS: /);
		expect(again.error?.description).toContain('Create or Update');
	});
});

describe('lead:upsert', () => {
	it('creates the lead the first time and updates it the second time, without sending the identifier', async () => {
		const phone = nextPhone();
		const parameters = {
			resource: 'lead',
			operation: 'upsert',
			fields: autoMapped(),
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
		expect(second.fields).toMatchObject({ name: 'Second Try', city: 'Pune', phone: `91${phone}` });
		const lead = storedLead(first.lead_id as string);
		expect(lead.actions.map((a) => a.fields?.form_name).sort()).toEqual(['Brochure', 'Callback']);
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

describe('lead:get', () => {
	it('gets by ID, flattened by default, with an optional page of actions', async () => {
		const lead = t.sandbox.state.leads.find((l) => l.actions.length >= 2)!;
		const flat = await t.run({ resource: 'lead', operation: 'get', lead: byId(lead.id) });
		expect(json(flat)[0]).toMatchObject({
			lead_id: lead.id,
			name: lead.fields.name,
			phone: lead.fields.phone,
		});
		const nested = await t.run({
			resource: 'lead',
			operation: 'get',
			lead: byId(lead.id),
			includeActions: true,
			actionsLimit: 1,
			actionsSkip: 1,
			simplify: false,
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
		expect(missing.error?.message).toBe('No lead has phone = "910000000001"');
	});
});

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
			fields: { status: 'Won', rating: 5, city: 'Dubai', phone: lead.fields.phone },
			skipped: ['phone: the lead identifier cannot be changed, so it was not sent'],
		});
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

describe('lead:search', () => {
	it('Return All pages at 100 and stops at total_count', async () => {
		const total = t.sandbox.state.leads.length;
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: true,
			filters: {},
		});
		expect(result.items).toHaveLength(total);
		const pages = t.since(mark);
		expect(pages.map((r) => r.query)).toEqual(
			Array.from({ length: Math.ceil(total / 100) }, (_, i) => ({
				skip: String(i * 100),
				limit: '100',
			})),
		);
		const ids = new Set(json(result).map((o) => o.lead_id));
		expect(ids.size).toBe(total);
	});

	it('sends the Limit as the page size', async () => {
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: false,
			limit: 30,
			filters: {},
		});
		expect(result.items).toHaveLength(30);
		expect(t.since(mark).map((r) => r.query)).toEqual([{ skip: '0', limit: '30' }]);
	});

	it('applies status, field, creation-time and action filters as the API defines them', async () => {
		const { leads, members } = t.sandbox.state;
		const from = Date.UTC(2026, 10, 1);
		const agents = members.filter((m) => m.role === 'CALLER').slice(0, 4);
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: true,
			filters: {
				status: ['Won', 'Lost', 'Fresh', 'Contacted'],
				fieldValues: {
					values: [
						{ field: 'city', value: 'Pune' },
						{ field: 'city', value: 'mumbai' },
					],
				},
				createdAfter: new Date(from).toISOString(),
				actionTypes: ['OUTGOING_CALL', 'INCOMING_CALL', '1001'],
				performedBy: agents.map((a) => a.email),
			},
		});
		const expected = leads.filter(
			(l) =>
				['Won', 'Lost', 'Fresh', 'Contacted'].includes(String(l.fields.status)) &&
				['pune', 'mumbai'].includes(String(l.fields.city).toLowerCase()) &&
				l.created_on >= from &&
				l.actions.some(
					(a) =>
						['OUTGOING_CALL', 'INCOMING_CALL', '1001'].includes(a.type) &&
						agents.some((g) => g.id === a.performed_by),
				),
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(
			json(result)
				.map((o) => o.lead_id)
				.sort(),
		).toEqual(expected.map((l) => l.id).sort());
	});

	it('names the filter and the accepted forms for an unreadable date', async () => {
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: true,
			filters: { createdAfter: 'last tuesday' },
		});
		expect(result.error?.message).toBe(
			'Item 0: Field "Created After" has a value TeleCRM would not accept: "last tuesday"',
		);
		expect(result.error?.description).toContain('epoch milliseconds');
	});
});
