import type { IDataObject } from 'n8n-workflow';

import {
	countGroupBy,
	countLeadGroups,
	countLeads,
} from '../../../../../nodes/TeleCrm/helpers/leads/leadCount';
import type { FakeRequest } from '../../../../support/fakeApi';
import { fakeApi } from '../../../../support/fakeApi';

const rows = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => ({ lead_id: `L${from + i}`, fields: {} }));

/** A search answer: the total by status (from the body), or the whole total. */
const byStatus = (totals: Record<string, number>, all: number) => (request: FakeRequest) => {
	const status = (request.body?.fields as IDataObject | undefined)?.status as string | undefined;
	return { data: rows(1), total_count: status === undefined ? all : (totals[status] ?? 0) };
};

describe('lead count', () => {
	it('reads total_count from one search of one row', async () => {
		const { api, requests } = fakeApi(() => ({ data: rows(1), total_count: 1234 }));
		expect(await countLeads(api, { fields: { city: 'Pune' } })).toBe(1234);
		expect(requests.map((r) => [r.qs, r.body])).toEqual([
			[{ skip: 0, limit: 1 }, { fields: { city: 'Pune' } }],
		]);
	});

	it('without total_count: 0 for an empty answer, else counts each lead of every page once', async () => {
		const empty = fakeApi(() => ({ data: [] }));
		expect(await countLeads(empty.api, {})).toBe(0);
		expect(empty.requests).toHaveLength(1);

		const pages = [rows(1), rows(100), rows(100, 99), rows(30, 199)];
		const paged = fakeApi(() => ({ data: pages.shift() }));
		expect(await countLeads(paged.api, {})).toBe(229);
		expect(paged.requests.map((r) => r.qs)).toEqual([
			{ skip: 0, limit: 1 },
			{ skip: 0, limit: 100 },
			{ skip: 100, limit: 100 },
			{ skip: 200, limit: 100 },
		]);
	});

	it('groups by the active statuses of the pipeline, then the others from the total', async () => {
		const { api, workspace, requests } = fakeApi(byStatus({ Fresh: 7, Old: 2 }, 10));
		const plan = { filters: {}, groupBy: 'status' as const, others: true };
		expect(await countLeadGroups(api, workspace, plan)).toEqual([
			{ status: 'Fresh', count: 7 },
			{ status: null, others: true, count: 3 },
		]);
		const searches = requests.filter((r) => r.path === 'lead/search');
		expect(searches.map((r) => r.body)).toEqual([{ fields: { status: 'Fresh' } }, {}]);
	});

	it('a Status filter names the groups, leaving no others; the other filters stay in every search', async () => {
		const { api, workspace, requests } = fakeApi(byStatus({ Fresh: 7, Old: 2 }, 10));
		const plan = {
			filters: { statuses: ['Old', 'Fresh'], created: { from: 1000 } },
			groupBy: 'status' as const,
			others: true,
		};
		expect(await countLeadGroups(api, workspace, plan)).toEqual([
			{ status: 'Old', count: 2 },
			{ status: 'Fresh', count: 7 },
		]);
		expect(requests.map((r) => r.body)).toEqual([
			{ fields: { status: 'Old', created_on: { from: 1000 } } },
			{ fields: { status: 'Fresh', created_on: { from: 1000 } } },
		]);
	});

	it('groups by team member with the name; others never goes below 0', async () => {
		const team = [
			{ email: 'a@x.test', name: 'Asha' },
			{ email: 'b@x.test', name: 'Ben' },
		];
		const { api, workspace } = fakeApi((request) => {
			if (request.path === 'team-members') return { data: team, total_count: 2 };
			const assignee = (request.body?.fields as IDataObject | undefined)?.assignee;
			// A lead reassigned between the searches: counted in both groups, not in the total.
			return { data: rows(1), total_count: assignee === undefined ? 5 : 3 };
		});
		const plan = { filters: {}, groupBy: 'assignee' as const, others: true };
		expect(await countLeadGroups(api, workspace, plan)).toEqual([
			{ assignee: 'a@x.test', name: 'Asha', count: 3 },
			{ assignee: 'b@x.test', name: 'Ben', count: 3 },
			{ assignee: null, others: true, count: 0 },
		]);
	});

	it('no grouping: one item { count }', async () => {
		const { api, workspace } = fakeApi(() => ({ data: [], total_count: 0 }));
		const plan = { filters: {}, groupBy: 'none' as const, others: true };
		expect(await countLeadGroups(api, workspace, plan)).toEqual([{ count: 0 }]);
	});

	it('Group By from an expression is checked', () => {
		expect(countGroupBy('status')).toBe('status');
		expect(() => countGroupBy('city')).toThrow(
			'Field "Group By" has a value TeleCRM would not accept: "city"',
		);
	});
});
