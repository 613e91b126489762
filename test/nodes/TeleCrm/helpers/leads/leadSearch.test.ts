import {
	countSearchedLeads,
	fieldValueFilters,
	leadSearchBody,
	leadSearchPage,
	leadsMatching,
	searchLeadRows,
} from '../../../../../nodes/TeleCrm/helpers/leads/leadSearch';
import { fakeApi } from '../../../../support/fakeApi';

const lead = (n: number) => ({ id: `L${n}`, fields: { name: `Lead ${n}` } });

describe('the lead search body', () => {
	it('converts Field Values as a create would; archived statuses may be searched; repeats are "any of"', async () => {
		const { workspace } = fakeApi();
		const fields = await fieldValueFilters(workspace, [
			{ field: 'phone', value: '+91 98765 43210' },
			{ field: 'phone', value: '919999999999' },
			{ field: 'status', value: 'old' },
			{ field: '', value: 'ignored' },
		]);
		expect(fields).toEqual({ phone: ['919876543210', '919999999999'], status: 'Old' });
	});

	it('costs no metadata request without Field Values', async () => {
		const { workspace, requests } = fakeApi();
		expect(await fieldValueFilters(workspace, [])).toEqual({});
		expect(await fieldValueFilters(workspace, [{ field: ' ', value: 'x' }])).toEqual({});
		expect(requests).toEqual([]);
	});

	it('puts lead filters under fields and action filters under actions, pinning an open window', async () => {
		const { workspace } = fakeApi();
		const body = await leadSearchBody(workspace, {
			filters: {
				statuses: ['Fresh'],
				assignees: ['a@x.io', 'b@x.io'],
				created: { from: 1000 },
				actionTypes: ['1001'],
				performedBy: [],
				performed: { from: 2000 },
			},
			pinTo: 9000,
		});
		expect(body).toEqual({
			fields: {
				status: 'Fresh',
				assignee: ['a@x.io', 'b@x.io'],
				created_on: { from: 1000, to: 9000 },
			},
			actions: { type: '1001', performed_at: { from: 2000 } },
		});
		expect(await leadSearchBody(workspace, { filters: {} })).toEqual({});
	});
});

describe('lead search', () => {
	it('one page: the body as given, 100 rows at most, and the total', async () => {
		const { api, requests } = fakeApi(() => ({ data: [lead(1)], total_count: 7 }));
		expect(await leadSearchPage(api, { fields: { name: 'x' } }, 100)).toEqual({
			rows: [lead(1)],
			total: 7,
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: 'lead/search',
				qs: { skip: 100, limit: 100 },
				body: { fields: { name: 'x' } },
				idempotent: undefined,
			},
		]);
	});

	it('all pages up to the limit, each lead once even when a page repeats one', async () => {
		const pages = [[lead(1), lead(2), lead(2), lead(3)], [lead(4)]];
		const { api, requests } = fakeApi(() => ({ data: pages.shift(), total_count: 10 }));
		const rows = await leadsMatching(api, {}, 4);
		expect(rows.map((r) => r.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
		expect(requests.map((r) => r.qs)).toEqual([
			{ skip: 0, limit: 4 },
			{ skip: 4, limit: 1 },
		]);
	});

	it("builds the body from the plan's filters", async () => {
		const { api, workspace, requests } = fakeApi(() => ({ data: [], total_count: 0 }));
		await searchLeadRows(api, workspace, { filters: { statuses: ['Fresh'] } }, 10);
		expect(requests.at(-1)?.body).toEqual({ fields: { status: 'Fresh' } });
	});

	it('counts every lead a search matches, each once, page by page', async () => {
		// 250 leads and no total_count: each page made afresh, as telecrm sends it.
		const { api, requests } = fakeApi((r) => {
			const skip = Number(r.qs?.skip);
			return { data: Array.from({ length: Math.min(100, 250 - skip) }, (_, n) => lead(skip + n)) };
		});
		expect(await countSearchedLeads(api, { fields: { city: 'Pune' } })).toBe(250);
		expect(requests.map((r) => [r.qs, r.body])).toEqual([
			[{ skip: 0, limit: 100 }, { fields: { city: 'Pune' } }],
			[{ skip: 100, limit: 100 }, { fields: { city: 'Pune' } }],
			[{ skip: 200, limit: 100 }, { fields: { city: 'Pune' } }],
		]);
	});
});
