'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const leadSearch_1 = require('../../../../../nodes/TeleCrm/helpers/leads/leadSearch');
const fakeApi_1 = require('../../../../support/fakeApi');
const lead = (n) => ({ id: `L${n}`, fields: { name: `Lead ${n}` } });
describe('lead search', () => {
	it('one page: the body as given, 100 rows at most, and the total', async () => {
		const { api, requests } = (0, fakeApi_1.fakeApi)(() => ({ data: [lead(1)], total_count: 7 }));
		expect(await (0, leadSearch_1.leadSearchPage)(api, { fields: { name: 'x' } }, 100)).toEqual({
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
		const { api, requests } = (0, fakeApi_1.fakeApi)(() => ({
			data: pages.shift(),
			total_count: 10,
		}));
		const rows = await (0, leadSearch_1.searchLeads)(api, {}, 4);
		expect(rows.map((r) => r.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
		expect(requests.map((r) => r.qs)).toEqual([
			{ skip: 0, limit: 4 },
			{ skip: 4, limit: 1 },
		]);
	});
	it("builds the body from the plan's filters", async () => {
		const { api, workspace, requests } = (0, fakeApi_1.fakeApi)(() => ({
			data: [],
			total_count: 0,
		}));
		await (0, leadSearch_1.searchLeadRows)(api, workspace, { filters: { status: ['Fresh'] } }, 10);
		expect(requests.at(-1)?.body).toEqual({ fields: { status: 'Fresh' } });
	});
});
//# sourceMappingURL=leadSearch.test.js.map
