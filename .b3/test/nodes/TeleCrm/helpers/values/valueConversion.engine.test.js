'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 5 });
const cases = [
	['rating', 7, 'a whole number from 1 to 5'],
	['status', 'Archived Forever', 'the label of an active pipeline status: Fresh, Contacted'],
];
describe('conversion errors through the engine', () => {
	it.each(cases)('%s = %j fails the item before sending', async (field, value, accepted) => {
		const mark = t.mark();
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: (0, sandboxed_1.autoMapped)() },
			[{ phone: '919800000001', [field]: value }],
		);
		expect(result.error?.message).toMatch(
			new RegExp(`^Item 0: Field "${field}" has a value TeleCRM would not accept: `),
		);
		expect(result.error?.description).toContain(`Accepted: ${accepted}`);
		expect(t.since(mark).filter((r) => r.method === 'POST')).toHaveLength(0);
	});
	it('documented conversions go through: phone with spaces, comma tags, numeric strings, case of labels', async () => {
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: (0, sandboxed_1.autoMapped)() },
			[
				{
					phone: '+91 (98) 7654-3299',
					interests: 'Villa,Plot',
					rating: '5',
					deal_size: 1200.5,
					status: 'WON',
					lost_reason: 'no need',
				},
			],
		);
		expect(result.error).toBeUndefined();
		const lead = t.sandbox.state.leads.find(
			(l) => l.id === (0, sandboxed_1.json)(result)[0].lead_id,
		);
		expect(lead.fields).toMatchObject({
			phone: '919876543299',
			interests: ['Villa', 'Plot'],
			rating: 5,
			deal_size: '1200.5',
			status: 'Won',
			lost_reason: 'No Need',
		});
	});
	it('with continueOnFail, N items give N outputs with pairedItem; good items are still written', async () => {
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: (0, sandboxed_1.autoMapped)() },
			[
				{ phone: '919800000101', name: 'Good one' },
				{ phone: '919800000102', rating: 11 },
				{ name: 'No identifier' },
				{ phone: '919800000104', name: 'Good two' },
			],
			true,
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		const out = (0, sandboxed_1.json)(result);
		expect(out[0].result).toBe('created');
		expect(out[1].error).toBe('Item 1: Field "rating" has a value TeleCRM would not accept: 11');
		expect(out[2].error).toBe('Item 2: the lead identifier "phone" is empty');
		expect(out[3].result).toBe('created');
	});
});
//# sourceMappingURL=valueConversion.engine.test.js.map
