'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const state_cjs_1 = require('../../../../../sandbox/state.cjs');
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 250 });
const search = async (filters, extra = {}) =>
	await t.run({
		resource: 'lead',
		operation: 'search',
		returnAll: true,
		filters: filters,
		...extra,
	});
const byField = (field, ...values) => ({
	fieldValues: { values: values.map((value) => ({ field, value })) },
});
const ids = (rows) => rows.map((r) => String(r.lead_id)).sort();
describe('lead:search filters', () => {
	it('finds a lead by phone typed in three spellings', async () => {
		const lead = t.sandbox.state.leads[7];
		const phone = String(lead.fields.phone);
		for (const typed of [
			phone,
			`+${phone.slice(0, 2)} ${phone.slice(2, 7)} ${phone.slice(7)}`,
			`${phone.slice(0, 2)}-${phone.slice(2)}`,
		]) {
			const result = await search(byField('phone', typed));
			expect([typed, ids((0, sandboxed_1.json)(result))]).toEqual([typed, [lead.id]]);
		}
	});
	it('converts a rating string and a date-picker value before sending', async () => {
		const mark = t.mark();
		const rated = await search(byField('rating', '3'));
		const expected = t.sandbox.state.leads.filter((l) => l.fields.rating === 3).map((l) => l.id);
		expect(ids((0, sandboxed_1.json)(rated))).toEqual(expected.sort());
		const dated = t.sandbox.state.leads[11];
		dated.fields.follow_up_date = Date.UTC(2026, 11, 24, 10, 0);
		const picked = new Date(dated.fields.follow_up_date).toISOString();
		const result = await search(byField('follow_up_date', picked));
		expect(ids((0, sandboxed_1.json)(result))).toContain(dated.id);
		const bodies = t
			.since(mark)
			.filter((r) => r.path.endsWith('/lead/search'))
			.map((r) => JSON.parse(r.body).fields);
		expect(bodies[0]).toMatchObject({ rating: 3 });
		expect(bodies.at(-1)).toMatchObject({ follow_up_date: dated.fields.follow_up_date });
	});
	it('fails the item, naming the field, when a filter value cannot be converted', async () => {
		const mark = t.mark();
		const result = await search(byField('rating', 'three'));
		expect(result.error?.message).toBe(
			'Item 0: Field "rating" has a value TeleCRM would not accept: "three"',
		);
		expect(t.since(mark).filter((r) => r.path.endsWith('/lead/search'))).toHaveLength(0);
	});
	it('sends {} as the body of an unfiltered search', async () => {
		const mark = t.mark();
		await t.run({ resource: 'lead', operation: 'search', limit: 5, filters: {} });
		const [sent] = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
		expect(sent.body).toBe('{}');
	});
});
describe('lead:search Return All while the workspace changes', () => {
	it('returns every lead that existed at the start exactly once while leads are being created', async () => {
		const before = t.sandbox.state.leads.map((l) => l.id).sort();
		let created = 0;
		t.sandbox.onAnswer = (request) => {
			if (!request.path.endsWith('/lead/search')) return;
			for (let n = 0; n < 3; n++) {
				const id = (0, state_cjs_1.hexId)(t.sandbox.state.nextId++);
				const phone = `9170000${String(++created).padStart(5, '0')}`;
				t.sandbox.state.leads.push({
					id,
					created_on: Date.now() + 1,
					fields: { phone },
					actions: [],
				});
			}
		};
		const mark = t.mark();
		try {
			const started = Date.now();
			const result = await search({});
			const [first] = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
			const pinned = JSON.parse(first.body).fields.created_on.to;
			expect(pinned).toBeGreaterThanOrEqual(started);
			expect(pinned).toBeLessThanOrEqual(Date.now());
			const out = ids((0, sandboxed_1.json)(result));
			expect(out).toHaveLength(before.length);
			expect(new Set(out).size).toBe(out.length);
			expect(out).toEqual(before);
			expect(created).toBeGreaterThan(0);
		} finally {
			t.sandbox.onAnswer = undefined;
		}
	});
});
//# sourceMappingURL=searchFilters.test.js.map
