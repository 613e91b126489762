/** Create or Update › Add Actions To: Only New Leads, through n8n's engine against the sandbox. */

import { autoMapped, createLeadElsewhere, json, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 251, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `97${String(60000000 + ++phoneSeq)}`;

const visit = { custom: [{ type: '1001', fieldValues: { values: [] } }] };
const upsert = (matchStrategy: string, addActionsTo?: string, itemsInFlight = 1) => ({
	resource: 'lead',
	operation: 'upsert',
	fields: autoMapped(),
	actions: visit,
	...(addActionsTo ? { addActionsTo } : {}),
	matchStrategy,
	requestOptions: { itemsInFlight },
});

const leadOf = (phone: string) =>
	t.sandbox.state.leads.find((l) => l.fields.phone === `91${phone}`)!;
const actionCount = (phone: string) => leadOf(phone).actions.length;

/** The requests since `mark`, by kind. */
function counted(mark: number) {
	const requests = t.since(mark);
	const count = (test: (r: { method: string; path: string }) => boolean) =>
		requests.filter(test).length;
	return {
		searches: count((r) => r.path.endsWith('/lead/search')),
		creates: count((r) => r.method === 'POST' && r.path.endsWith('/lead')),
		updates: count((r) => /\/lead\/[0-9a-f]+$/.test(r.path)),
		actions: count((r) => r.path.endsWith('/action')),
	};
}

describe('lead:upsert, Add Actions To: Only New Leads', () => {
	for (const strategy of ['lookUpFirst', 'createFirst']) {
		it(`${strategy}: a new lead gets the actions with its create, an existing one none, a repeat none`, async () => {
			const [fresh, existing] = [nextPhone(), nextPhone()];
			await createLeadElsewhere(t.sandbox, { phone: existing, name: 'Known' });
			const mark = t.mark();
			const result = await t.run(upsert(strategy, 'new'), [
				{ phone: fresh, name: 'Fresh' },
				{ phone: existing, name: 'Known again' },
				{ phone: fresh, name: 'Fresh again' },
			]);
			expect(result.error).toBeUndefined();
			expect(json(result)).toMatchObject([
				{ result: 'created', actionsAdded: true, actions: [{ type: '1001', status: 'CREATED' }] },
				{ result: 'updated', actionsAdded: false, actions: [] },
				{ result: 'updated', actionsAdded: false, actions: [] },
			]);
			expect(actionCount(fresh)).toBe(1);
			expect(actionCount(existing)).toBe(0);
			expect(leadOf(fresh).fields.name).toBe('Fresh again');
			// No extra request: the lookup (or the 409) already said whether the lead existed.
			expect(counted(mark)).toEqual(
				strategy === 'lookUpFirst'
					? { searches: 1, creates: 1, updates: 2, actions: 0 }
					: // existing: create answered 409, a search, the update; the repeat is known.
						{ searches: 1, creates: 2, updates: 2, actions: 0 },
			);
		});
	}

	it('Every Lead (the default) adds them to every lead, one request more per existing lead', async () => {
		const [fresh, existing] = [nextPhone(), nextPhone()];
		await createLeadElsewhere(t.sandbox, { phone: existing, name: 'Known' });
		const mark = t.mark();
		const result = await t.run(upsert('lookUpFirst'), [
			{ phone: fresh, name: 'Fresh' },
			{ phone: existing, name: 'Known again' },
		]);
		expect(json(result)[1]).not.toHaveProperty('actionsAdded');
		expect([actionCount(fresh), actionCount(existing)]).toEqual([1, 1]);
		expect(counted(mark)).toEqual({ searches: 1, creates: 1, updates: 1, actions: 1 });
	});

	it('a re-run after an interrupted first run adds no action twice', async () => {
		const rows = Array.from({ length: 30 }, (_, n) => ({
			phone: nextPhone(),
			name: `Row ${n}`,
		}));
		// Rows 10 and 20 repeat row 0's identifier: the first creates, the later ones update.
		rows[10].phone = rows[0].phone;
		rows[20].phone = rows[0].phone;
		// The first run stops part-way; its last create was processed but its answer never came
		// back (n8n killed, or the connection lost): the lost-answer recovery finds that lead.
		t.sandbox.faults.add({ kind: 'drop', after: true, match: /^POST \/lead$/, skip: 10 });
		const first = await t.run(upsert('lookUpFirst', 'new', 4), rows.slice(0, 12));
		expect(first.error).toBeUndefined();
		expect(json(first).filter((o) => o.recovered)).toHaveLength(1);
		const mark = t.mark();
		const again = await t.run(upsert('lookUpFirst', 'new', 8), rows);
		expect(again.error).toBeUndefined();
		const outputs = json(again);
		const created = outputs.filter((o) => o.result === 'created');
		expect(created).toHaveLength(28 - 11);
		expect(outputs.filter((o) => o.actionsAdded)).toHaveLength(created.length);
		for (const row of rows) expect(actionCount(row.phone)).toBe(1);
		const leads = new Set(rows.map((r) => leadOf(r.phone).id));
		expect(leads.size).toBe(28);
		// One search for the 28 distinct values, one create per new lead, no action request.
		expect(counted(mark)).toEqual({
			searches: 1,
			creates: created.length,
			updates: 30 - created.length,
			actions: 0,
		});
	});
});
