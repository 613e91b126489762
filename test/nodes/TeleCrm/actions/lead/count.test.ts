/** Lead › Count through n8n's engine against the sandbox: one search per group, no paging. */
import type { LeadRecord } from '../../../../../sandbox/state.cjs';
import type { useSandbox as UseSandbox } from '../../../../support/sandboxed';
import { json, useSandbox } from '../../../../support/sandboxed';

const NOW = Date.UTC(2026, 10, 20, 12);
const t = useSandbox({ seed: 250, now: NOW });
const noTotal = useSandbox({ seed: 250, now: NOW, leadSearchTotal: false });

/** The lead searches since `mark`, each with its query and body. */
const searches = (s: ReturnType<typeof UseSandbox>, mark: number) =>
	s
		.since(mark)
		.filter((r) => r.path.endsWith('/lead/search'))
		.map((r) => ({ query: r.query, body: JSON.parse(r.body) as Record<string, unknown> }));

function countBy(leads: LeadRecord[], key: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const lead of leads) {
		const value = String(lead.fields[key]);
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}

const activeStatuses = (s: ReturnType<typeof UseSandbox>) =>
	s.sandbox.state.pipeline.leadStages.flatMap((stage) => stage.activeStatuses.map((x) => x.label));
const teamEmails = (s: ReturnType<typeof UseSandbox>) =>
	s.sandbox.state.members.filter((m) => m.status !== 'Deleted').map((m) => m.email);

describe('lead:count', () => {
	it('no grouping: one item, one search with limit=1, no paging', async () => {
		const mark = t.mark();
		const result = await t.run({ resource: 'lead', operation: 'count', filters: {} });
		expect(json(result)).toEqual([{ count: t.sandbox.state.leads.length }]);
		const sent = searches(t, mark);
		expect(sent.map((s) => s.query)).toEqual([{ skip: '0', limit: '1' }]);
		expect(t.since(mark)).toHaveLength(1);
	});

	it('by status: one item per active status and one for the others, one search each', async () => {
		const lead = t.sandbox.state.leads[0];
		lead.fields.status = 'Old Lead'; // archived: in no group of its own
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'count',
			groupBy: 'status',
			filters: {},
		});
		const counts = countBy(t.sandbox.state.leads, 'status');
		const statuses = activeStatuses(t);
		expect(json(result)).toEqual([
			...statuses.map((status) => ({ status, count: counts.get(status) ?? 0 })),
			{ status: null, others: true, count: 1 },
		]);
		const sent = searches(t, mark);
		expect(sent).toHaveLength(statuses.length + 1);
		expect(sent.every((s) => s.query.limit === '1' && s.query.skip === '0')).toBe(true);
		expect(sent.map((s) => (s.body.fields as Record<string, unknown>).status)).toEqual([
			...statuses,
			undefined,
		]);
		// The pipeline, once.
		expect(t.since(mark).filter((r) => r.method === 'GET')).toHaveLength(1);
		lead.fields.status = 'Fresh';
	});

	it('by assignee: one item per team member with the name, and the unassigned as others', async () => {
		const lead = t.sandbox.state.leads[1];
		const assignee = lead.fields.assignee;
		delete lead.fields.assignee;
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'count',
			groupBy: 'assignee',
			filters: {},
		});
		const counts = countBy(t.sandbox.state.leads, 'assignee');
		const members = t.sandbox.state.members.filter((m) => m.status !== 'Deleted');
		expect(json(result)).toEqual([
			...members.map((m) => ({ assignee: m.email, name: m.name, count: counts.get(m.email) ?? 0 })),
			{ assignee: null, others: true, count: 1 },
		]);
		expect(searches(t, mark)).toHaveLength(members.length + 1);
		// The team, in pages of 10.
		const gets = t.since(mark).filter((r) => r.method === 'GET');
		expect(gets).toHaveLength(Math.ceil(members.length / 10));
		lead.fields.assignee = assignee;
	});

	it('with filters: only the matching leads; a Status filter names the groups; no others', async () => {
		const from = Date.UTC(2026, 10, 13, 12);
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'count',
			groupBy: 'status',
			others: false,
			filters: {
				createdAfter: new Date(from).toISOString(),
				status: ['Won', 'Lost'],
				fieldValues: { values: [{ field: 'city', value: 'pune' }] },
			},
		});
		const recent = t.sandbox.state.leads.filter(
			(l) => l.created_on >= from && String(l.fields.city) === 'Pune',
		);
		const counts = countBy(recent, 'status');
		expect(json(result)).toEqual([
			{ status: 'Won', count: counts.get('Won') ?? 0 },
			{ status: 'Lost', count: counts.get('Lost') ?? 0 },
		]);
		expect(recent.length).toBeGreaterThan(0);
		const sent = searches(t, mark);
		expect(sent).toHaveLength(2);
		const fields = sent[0].body.fields as Record<string, unknown>;
		expect(fields).toMatchObject({ status: 'Won', city: 'pune', created_on: { from } });
	});

	it('a report costs statuses + assignees + 2 searches, whatever the number of leads', async () => {
		const mark = t.mark();
		await t.run({ resource: 'lead', operation: 'count', groupBy: 'status', filters: {} });
		await t.run({ resource: 'lead', operation: 'count', groupBy: 'assignee', filters: {} });
		expect(searches(t, mark)).toHaveLength(activeStatuses(t).length + teamEmails(t).length + 2);
		expect(t.sandbox.state.leads.length).toBeGreaterThan(100);
	});

	it('names the filter for an unreadable date, before anything is sent', async () => {
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'count',
			filters: { createdAfter: 'last tuesday' },
		});
		expect(result.error?.message).toBe(
			'Item 0: Field "Created After" has a value TeleCRM would not accept: "last tuesday"',
		);
		expect(searches(t, mark)).toHaveLength(0);
	});
});

describe('lead:count when lead search answers without total_count', () => {
	it('counts page by page (100 leads a request), each lead once', async () => {
		const mark = noTotal.mark();
		const result = await noTotal.run({ resource: 'lead', operation: 'count', filters: {} });
		const total = noTotal.sandbox.state.leads.length;
		expect(json(result)).toEqual([{ count: total }]);
		expect(searches(noTotal, mark).map((s) => s.query)).toEqual([
			{ skip: '0', limit: '1' },
			...Array.from({ length: Math.ceil(total / 100) }, (_, i) => ({
				skip: String(i * 100),
				limit: '100',
			})),
		]);
	});

	it('an empty answer is 0 in one request', async () => {
		const mark = noTotal.mark();
		const result = await noTotal.run({
			resource: 'lead',
			operation: 'count',
			groupBy: 'status',
			others: false,
			filters: { status: ['Old Lead'] },
		});
		expect(json(result)).toEqual([{ status: 'Old Lead', count: 0 }]);
		expect(searches(noTotal, mark)).toHaveLength(1);
	});
});
