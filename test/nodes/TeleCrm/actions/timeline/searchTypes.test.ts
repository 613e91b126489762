/**
 * Timeline search: the documented single-string `type`, several types as their union newest
 * first, with Limit and Return All exact.
 */
import { byId, json, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 40 });

describe('action:search types', () => {
	const busiest = () =>
		t.sandbox.state.leads.slice().sort((a, b) => b.actions.length - a.actions.length)[0];

	it('sends one type as a string, and several as one search each merged newest first', async () => {
		const lead = busiest();
		const types = [...new Set(lead.actions.map((a) => a.type))].slice(0, 3);
		expect(types.length).toBeGreaterThan(1);
		const expected = lead.actions
			.filter((a) => types.includes(a.type))
			.sort((a, b) => b.created_on - a.created_on || (a.id < b.id ? 1 : -1))
			.map((a) => a.id);
		const mark = t.mark();
		const all = await t.run({
			resource: 'action',
			operation: 'search',
			lead: byId(lead.id),
			returnAll: true,
			filters: { types },
		});
		expect(json(all).map((a) => a.action_id)).toEqual(expected);
		const sent = t
			.since(mark)
			.filter((r) => r.path.endsWith('/action/search'))
			.map((r) => JSON.parse(r.body));
		expect(sent.map((b) => b.type).sort()).toEqual([...types].sort());
		expect(sent.every((b) => typeof b.type === 'string' && b.created_on.to > 0)).toBe(true);

		const limit = Math.max(1, expected.length - 1);
		const limited = await t.run({
			resource: 'action',
			operation: 'search',
			lead: byId(lead.id),
			limit,
			filters: { types },
		});
		expect(json(limited).map((a) => a.action_id)).toEqual(expected.slice(0, limit));
	});
});
