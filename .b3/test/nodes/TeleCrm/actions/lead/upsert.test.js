'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const harness_1 = require('../../../../../engine/harness');
const sandboxed_1 = require('../../../../support/sandboxed');
const scriptedServer_cjs_1 = require('../../../../support/scriptedServer.cjs');
const t = (0, sandboxed_1.useSandbox)({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `98${String(50000000 + ++phoneSeq)}`;
const storedLead = (id) => t.sandbox.state.leads.find((l) => l.id === id);
describe('lead:upsert', () => {
	it('creates the lead the first time and updates it the second time, without sending the identifier', async () => {
		const phone = nextPhone();
		const parameters = {
			resource: 'lead',
			operation: 'upsert',
			fields: (0, sandboxed_1.autoMapped)(),
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
		const [first, second] = (0, sandboxed_1.json)(result);
		expect(first).toMatchObject({
			result: 'created',
			actions: [{ type: '1003', status: 'CREATED' }],
		});
		expect(second).toMatchObject({
			result: 'updated',
			lead_id: first.lead_id,
			actions: [{ type: '1003', status: 'CREATED' }],
		});
		expect(second).toMatchObject({ name: 'Second Try', city: 'Pune', phone: `91${phone}` });
		expect(first).toMatchObject({ name: 'First Try', city: 'Pune', phone });
		const lead = storedLead(first.lead_id);
		expect(lead.actions.map((a) => a.fields?.form_name).sort()).toEqual(['Brochure', 'Callback']);
	});
	it('falls back to update when create answers 409 (a lead appeared between search and create)', async () => {
		let searches = 0;
		const server = await new scriptedServer_cjs_1.ScriptedServer((req) => {
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
			const result = await (0, harness_1.runNode)({
				parameters: {
					resource: 'lead',
					operation: 'upsert',
					fields: (0, sandboxed_1.mapped)({ phone: '919876512345', name: 'Raced' }),
					matchStrategy: 'lookUpFirst',
				},
				credentials: { enterpriseId: 'e1', syncToken: 'k', baseUrl: server.baseUrl },
			});
			expect(result.error).toBeUndefined();
			expect((0, sandboxed_1.json)(result)[0]).toMatchObject({
				lead_id: 'raced-1',
				result: 'updated',
			});
			const update = server.requests.find((r) => r.path.endsWith('/lead/raced-1'));
			expect(update.body).toEqual({ fields: { name: 'Raced' } });
		} finally {
			await server.stop();
		}
	});
});
//# sourceMappingURL=upsert.test.js.map
