import { forEachPage, requestAllPages } from '../../../../nodes/TeleCrm/transport/pagination';
import { fakeApi } from '../../../support/fakeApi';

const rows = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) => ({ id: String(from + n) }));

describe('requestAllPages', () => {
	it('a small Limit is one small request', async () => {
		const { api, requests } = fakeApi(() => ({ data: rows(0, 5), total_count: 500 }));
		const got = await requestAllPages(api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 100,
			limit: 5,
		});
		expect(got).toHaveLength(5);
		expect(requests.map((r) => r.qs)).toEqual([{ skip: 0, limit: 5 }]);
	});

	it('Return All pages until total_count, or until a short page when there is none', async () => {
		const counted = fakeApi((r) => ({ data: rows(Number(r.qs?.skip), 10), total_count: 20 }));
		const all = await requestAllPages(counted.api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 10,
			limit: Infinity,
		});
		expect(all).toHaveLength(20);
		expect(counted.requests).toHaveLength(2);
		const pages = [rows(0, 10), rows(10, 3)];
		const uncounted = fakeApi(() => ({ data: pages.shift() }));
		const got = await requestAllPages(uncounted.api, {
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
		const { api } = fakeApi(() => ({ data: pages.shift() }));
		const got = await requestAllPages(api, {
			method: 'GET',
			path: ['x'],
			maxPageSize: 2,
			limit: Infinity,
			uniqueBy: (row) => String(row.id),
		});
		expect(got.map((r) => r.id)).toEqual(['0', '1', '2']);
	});

	it('hands each page over before asking for the next, so a caller may keep no row', async () => {
		const events: string[] = [];
		const pages = [rows(0, 10), rows(10, 3)];
		const { api } = fakeApi((r) => {
			events.push(`page at ${String(r.qs?.skip)}`);
			return { data: pages.shift() };
		});
		const request = { method: 'GET' as const, path: ['x'], maxPageSize: 10, limit: Infinity };
		await forEachPage(api, request, (page) => events.push(`${page.length} rows`));
		expect(events).toEqual(['page at 0', '10 rows', 'page at 10', '3 rows']);
	});
});
