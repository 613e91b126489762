'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const harness_1 = require('../../../../../engine/harness');
const sandboxed_1 = require('../../../../support/sandboxed');
describe.each(['documented', 'flat'])('pipeline answered %s', (pipelineShape) => {
	const t = (0, sandboxed_1.useSandbox)({ seed: 20, pipelineShape });
	it('Get Pipeline outputs the documented shape', async () => {
		const [pipeline] = (0, sandboxed_1.json)(
			await t.run({ resource: 'workspace', operation: 'getPipeline' }),
		);
		const stages = t.sandbox.state.pipeline.leadStages;
		const labels = (list) => list.map((s) => s.label);
		const out = pipeline.leadStages;
		expect(out.map((s) => s.stageType)).toEqual(stages.map((s) => s.stageType));
		expect(out.map((s) => labels(s.activeStatuses))).toEqual(
			stages.map((s) => labels(s.activeStatuses)),
		);
		expect(out.map((s) => labels(s.archivedStatuses))).toEqual(
			stages.map((s) => labels(s.archivedStatuses)),
		);
		const reasons = (list) => list.map((r) => r.reasonLabel);
		expect(reasons(pipeline.activeLeadLostReasons)).toEqual(
			reasons(t.sandbox.state.pipeline.activeLeadLostReasons),
		);
		expect(reasons(pipeline.archivedLeadLostReasons)).toEqual(['Budget freeze']);
	});
	it('the Status dropdown lists archived labels as archived', async () => {
		const options = await (0, harness_1.loadOptions)('getStatuses', t.credentials());
		expect(options.map((o) => o.name)).toEqual(
			expect.arrayContaining(['Fresh', 'Old Lead (archived)']),
		);
		expect(options.find((o) => o.value === 'Won')?.description).toBe('Stage WON');
	});
	it('writes refuse archived labels and accept active ones', async () => {
		const create = async (fields) =>
			await t.run(
				{ resource: 'lead', operation: 'create', fields: (0, sandboxed_1.mapped)(fields) },
				undefined,
				true,
			);
		const [archived] = (0, sandboxed_1.json)(
			await create({ phone: '919800011001', status: 'Old Lead' }),
		);
		expect(archived.error).toMatch(/Field "status" has a value TeleCRM would not accept/);
		const [reason] = (0, sandboxed_1.json)(
			await create({ phone: '919800011002', lost_reason: 'Budget freeze' }),
		);
		expect(reason.description).toMatch(/active lost reason: Price too high/);
		const [ok] = (0, sandboxed_1.json)(
			await create({ phone: '919800011003', status: 'Won', lost_reason: 'No Need' }),
		);
		expect(ok.result).toBe('created');
	});
	it('a search may filter by an archived status', async () => {
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: true,
			filters: { fieldValues: { values: [{ field: 'status', value: 'Old Lead' }] } },
		});
		expect(result.error).toBeUndefined();
		const [request] = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
		expect(JSON.parse(request.body).fields.status).toBe('Old Lead');
	});
});
//# sourceMappingURL=workspace.test.js.map
