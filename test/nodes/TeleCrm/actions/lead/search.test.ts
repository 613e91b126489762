/** Lead operations through n8n's engine against the sandbox. */

import { runNode } from '../../../../../engine/harness';
import { json, useSandbox } from '../../../../support/sandboxed';
import { ScriptedServer } from '../../../../support/scriptedServer.cjs';

const t = useSandbox({ seed: 250, now: Date.UTC(2026, 10, 20, 12) });

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
		const pages = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
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
		const searches = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
		expect(searches.map((r) => r.query)).toEqual([{ skip: '0', limit: '30' }]);
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

	it('Select Included Fields: lead_id and the fields chosen on every lead, null where one has none', async () => {
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			limit: 20,
			output: 'fields',
			outputFields: ['city', 'deal_size'],
		});
		const leads = json(result);
		for (const lead of leads) expect(Object.keys(lead)).toEqual(['lead_id', 'city', 'deal_size']);
		expect(leads.some((lead) => lead.deal_size === null)).toBe(true);
		expect(leads.some((lead) => typeof lead.deal_size === 'string')).toBe(true);
		// An expression may give the fields as one comma-separated string.
		const typed = await t.run({
			resource: 'lead',
			operation: 'search',
			limit: 1,
			output: 'fields',
			outputFields: "={{ 'city, deal_size' }}",
		});
		expect(Object.keys(json(typed)[0])).toEqual(['lead_id', 'city', 'deal_size']);
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

describe('lead:search rows as live workspaces send them', () => {
	it('Raw leaves out an empty actions list (a search does not read timelines)', async () => {
		const server = await new ScriptedServer(() => ({
			status: 200,
			body: {
				data: [
					{ id: 'a1', fields: { name: 'Empty' }, actions: [] },
					{ id: 'a2', fields: { name: 'With one' }, actions: [{ type: '1001' }] },
				],
				total_count: 2,
			},
		})).start();
		try {
			const result = await runNode({
				parameters: {
					resource: 'lead',
					operation: 'search',
					limit: 2,
					filters: {},
					output: 'raw',
				},
				credentials: { enterpriseId: 'e1', syncToken: 'scripted-token', baseUrl: server.baseUrl },
			});
			const [empty, withOne] = json(result);
			expect(empty).not.toHaveProperty('actions');
			expect(withOne.actions).toEqual([{ type: '1001' }]);
		} finally {
			await server.stop();
		}
	});
});
