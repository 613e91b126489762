'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 5 });
describe('workspace', () => {
	it('gets info and the pipeline', async () => {
		expect(
			(0, sandboxed_1.json)(await t.run({ resource: 'workspace', operation: 'getInfo' }))[0],
		).toMatchObject({
			name: 'Sandbox Realty',
		});
		const pipeline = (0, sandboxed_1.json)(
			await t.run({ resource: 'workspace', operation: 'getPipeline' }),
		)[0];
		expect(pipeline.leadStages.length).toBe(3);
	});
	it('lists custom fields and actions one item each, in summary or detail shape', async () => {
		const fields = await t.run({ resource: 'workspace', operation: 'getCustomFields' });
		expect(fields.items).toHaveLength(t.sandbox.state.fields.length);
		expect((0, sandboxed_1.json)(fields)[0].id).toBeUndefined();
		const detailed = await t.run({
			resource: 'workspace',
			operation: 'getCustomFields',
			detail: true,
		});
		expect((0, sandboxed_1.json)(detailed)[0].id).toBeDefined();
		const actions = await t.run({
			resource: 'workspace',
			operation: 'getCustomActions',
			detail: true,
		});
		expect((0, sandboxed_1.json)(actions).map((a) => a.code)).toEqual([
			'ACTION_1001',
			'ACTION_1002',
			'ACTION_1003',
			'ACTION_1004',
		]);
		expect((0, sandboxed_1.json)(actions)[0].fieldSchema).toBeDefined();
	});
	it('gets one field and one custom action (bare code accepted)', async () => {
		const field = await t.run({
			resource: 'workspace',
			operation: 'getCustomField',
			apiName: 'contact_source',
		});
		expect((0, sandboxed_1.json)(field)[0]).toMatchObject({
			apiName: 'contact_source',
			type: 'DROPDOWN',
		});
		const action = await t.run({
			resource: 'workspace',
			operation: 'getCustomAction',
			code: '1002',
		});
		expect((0, sandboxed_1.json)(action)[0]).toMatchObject({
			code: 'ACTION_1002',
			displayName: 'Demo Booked',
		});
		const missing = await t.run({
			resource: 'workspace',
			operation: 'getCustomField',
			apiName: 'Contact_Source',
		});
		expect(missing.error?.message).toBe(
			'TeleCRM NOT_FOUND: Could not find custom field with apiName Contact_Source',
		);
	});
});
//# sourceMappingURL=operations.test.js.map
