/** Lead operations through n8n's engine against the sandbox. */
import { DateTime } from 'luxon';

import { autoMapped, json, mapped, useSandbox } from '../../../../support/sandboxed';

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
			{
				type: '1003',
				type_name: 'Form Submission',
				action_id: expect.any(String),
				status: 'CREATED',
			},
			{ type: 'PAYMENT', type_name: 'Payment', action_id: expect.any(String), status: 'CREATED' },
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

	it('maps input items automatically by field name, fetching workspace metadata at most once per execution', async () => {
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
		// Read once, or not at all when an earlier execution of this process kept them.
		const metadata = requests.filter((r) => r.path.endsWith('/custom-fields')).length;
		expect(metadata).toBeLessThanOrEqual(1);
		expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/lead'))).toHaveLength(3);
		expect(requests).toHaveLength(3 + metadata);
		expect(storedLead(json(result)[2].lead_id as string).fields).toMatchObject({
			name: 'Form 2',
			email: 'form2@example.com',
		});
	});

	it('refuses up front an assignee who is not a team member (after one fresh read of the team)', async () => {
		const mark = t.mark();
		const result = await t.run(
			{
				resource: 'lead',
				operation: 'create',
				fields: mapped({ phone: nextPhone(), assignee: 'ghost@example.com' }),
			},
			[{}],
			true,
		);
		expect(json(result)[0].error).toBe(
			'Item 0: Field "assignee" has a value TeleCRM would not accept: "ghost@example.com"',
		);
		expect(t.since(mark).filter((r) => r.path.endsWith('/lead'))).toHaveLength(0);
	});

	it('keeps remarks in the output by default, or fails the item when asked', async () => {
		// A member deleted in telecrm while the node still keeps the team list (the expiry's
		// window): the node lets the email through, telecrm says why it ignored it.
		const member = t.sandbox.state.members.find((m) => m.name === 'Vikram Caller')!;
		const parameters = {
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '={{ $json.phone }}', assignee: member.email }),
		};
		expect(json(await t.run(parameters, [{ phone: nextPhone() }]))[0].remarks).toEqual([]);
		const status = member.status;
		member.status = 'Deleted';
		const kept = await t.run(parameters, [{ phone: nextPhone() }]);
		expect(json(kept)[0].remarks).toEqual([
			{
				field: 'fields.assignee',
				status: 'IGNORED',
				remark: `No active team member has the email ${member.email}`,
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
		member.status = status;
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
