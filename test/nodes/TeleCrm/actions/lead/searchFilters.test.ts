/**
 * Lead search finds what the user means: filter values converted like values to save, a JSON
 * body always, and Return All returning each lead that existed at its start exactly once.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { hexId } from '../../../../../sandbox/state.cjs';
import { json, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 250 });

const search = async (filters: IDataObject, extra: IDataObject = {}) =>
	await t.run({
		resource: 'lead',
		operation: 'search',
		returnAll: true,
		filters: filters as INodeParameters,
		...(extra as INodeParameters),
	});
const byField = (field: string, ...values: unknown[]) => ({
	fieldValues: { values: values.map((value) => ({ field, value })) },
});
const ids = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r.lead_id)).sort();

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
			expect([typed, ids(json(result))]).toEqual([typed, [lead.id]]);
		}
	});

	it('converts a rating string and a date-picker value before sending', async () => {
		const mark = t.mark();
		const rated = await search(byField('rating', '3'));
		const expected = t.sandbox.state.leads.filter((l) => l.fields.rating === 3).map((l) => l.id);
		expect(ids(json(rated))).toEqual(expected.sort());
		const dated = t.sandbox.state.leads[11];
		dated.fields.follow_up_date = Date.UTC(2026, 11, 24, 10, 0);
		const picked = new Date(dated.fields.follow_up_date as number).toISOString();
		const result = await search(byField('follow_up_date', picked));
		expect(ids(json(result))).toContain(dated.id);
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
			// Three new leads between every two pages: newest first, they would shift every page.
			for (let n = 0; n < 3; n++) {
				const id = hexId(t.sandbox.state.nextId++);
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
			// The result set is pinned at the start: the creation window ends there.
			const [first] = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
			const pinned = JSON.parse(first.body).fields.created_on.to;
			expect(pinned).toBeGreaterThanOrEqual(started);
			expect(pinned).toBeLessThanOrEqual(Date.now());
			const out = ids(json(result));
			expect(out).toHaveLength(before.length);
			expect(new Set(out).size).toBe(out.length);
			expect(out).toEqual(before);
			expect(created).toBeGreaterThan(0);
		} finally {
			t.sandbox.onAnswer = undefined;
		}
	});
});
