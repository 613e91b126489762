import type { IDataObject } from 'n8n-workflow';

import type { ApiRequest } from './apiRequest';

/** The client as paging uses it: TeleCrmApi, in index.ts, which re-exports this file. */
interface Client {
	request(request: ApiRequest): Promise<IDataObject>;
}

/** Largest page each list endpoint accepts. */
export const MAX_PAGE_SIZE = { leads: 100, actions: 100, teamMembers: 10 } as const;

export interface PageRequest extends ApiRequest {
	maxPageSize: number;
	/** Rows wanted; Infinity for Return All. */
	limit: number;
	/** A row's identity: a row seen on an earlier page is not returned twice. */
	uniqueBy?: (row: IDataObject) => string | undefined;
}

interface Page {
	data?: IDataObject[];
	total_count?: number;
}

/**
 * skip/limit pagination. The page size is the caller's Limit (capped at the endpoint's
 * maximum), so a small Limit costs one small request; stops at total_count or a short page.
 * Each page's new rows go to `take` before the next page is asked for, so a caller that only
 * counts them keeps none.
 */
export async function forEachPage(
	api: Client,
	request: PageRequest,
	take: (rows: IDataObject[]) => void,
): Promise<void> {
	const { uniqueBy, maxPageSize, limit, ...single } = request;
	const seen = new Set<string>();
	const isNew = (row: IDataObject) => {
		const key = uniqueBy?.(row);
		if (key === undefined) return true;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	};
	let taken = 0;
	let skip = 0;
	while (taken < limit) {
		const pageSize = Math.min(maxPageSize, limit - taken);
		const page: Page = await api.request({
			...single,
			qs: { ...request.qs, skip, limit: pageSize },
		});
		const data = Array.isArray(page.data) ? page.data : [];
		const rows = data.filter(isNew).slice(0, limit - taken);
		taken += rows.length;
		take(rows);
		skip += data.length;
		const total = typeof page.total_count === 'number' ? page.total_count : Infinity;
		if (data.length < pageSize || skip >= total) break;
	}
}

/** Every row of every page (see forEachPage), each once, up to the request's limit. */
export async function requestAllPages(api: Client, request: PageRequest): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	await forEachPage(api, request, (page) => rows.push(...page));
	return rows;
}
