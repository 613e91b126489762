'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const pagination_1 = require('../../../../nodes/TeleCrm/transport/pagination');
const fakeApi_1 = require('../../../support/fakeApi');
const rows = (from, count) => Array.from({ length: count }, (_, n) => ({ id: String(from + n) }));
describe('requestAllPages', () => {
	it('a small Limit is one small request', async () => {
		const { api, requests } = (0, fakeApi_1.fakeApi)(() => ({
			data: rows(0, 5),
			total_count: 500,
		}));
		const got = await (0, pagination_1.requestAllPages)(api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 100,
			limit: 5,
		});
		expect(got).toHaveLength(5);
		expect(requests.map((r) => r.qs)).toEqual([{ skip: 0, limit: 5 }]);
	});
	it('Return All pages until total_count, or until a short page when there is none', async () => {
		const counted = (0, fakeApi_1.fakeApi)((r) => ({
			data: rows(Number(r.qs?.skip), 10),
			total_count: 20,
		}));
		const all = await (0, pagination_1.requestAllPages)(counted.api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 10,
			limit: Infinity,
		});
		expect(all).toHaveLength(20);
		expect(counted.requests).toHaveLength(2);
		const pages = [rows(0, 10), rows(10, 3)];
		const uncounted = (0, fakeApi_1.fakeApi)(() => ({ data: pages.shift() }));
		const got = await (0, pagination_1.requestAllPages)(uncounted.api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 10,
			limit: Infinity,
		});
		expect(got).toHaveLength(13);
		expect(uncounted.requests).toHaveLength(2);
	});
	it('a row seen on an earlier page is not returned twice', async () => {
		const pages = [rows(0, 2), rows(1, 2), []];
		const { api } = (0, fakeApi_1.fakeApi)(() => ({ data: pages.shift() }));
		const got = await (0, pagination_1.requestAllPages)(api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 2,
			limit: Infinity,
			uniqueBy: (row) => String(row.id),
		});
		expect(got.map((r) => r.id)).toEqual(['0', '1', '2']);
	});
});
//# sourceMappingURL=pagination.test.js.map
