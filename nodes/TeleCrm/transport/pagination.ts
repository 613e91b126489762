import type { IDataObject } from 'n8n-workflow';

import type { ApiRequest, TeleCrmApi } from './request';

/** Largest page each list endpoint accepts. */
export const MAX_PAGE_SIZE = { leads: 100, actions: 100, teamMembers: 10 } as const;

export interface PageRequest extends ApiRequest {
	maxPageSize: number;
	/** Rows wanted; Infinity for Return All. */
	limit: number;
}

interface Page {
	data?: IDataObject[];
	total_count?: number;
}

/**
 * skip/limit pagination. The page size is the caller's Limit (capped at the endpoint's
 * maximum), so a small Limit costs one small request; stops at total_count or a short page.
 */
export async function requestAllPages(
	api: TeleCrmApi,
	request: PageRequest,
): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	let skip = 0;
	while (rows.length < request.limit) {
		const pageSize = Math.min(request.maxPageSize, request.limit - rows.length);
		const page: Page = await api.request({
			...request,
			qs: { ...request.qs, skip, limit: pageSize },
		});
		const data = Array.isArray(page.data) ? page.data : [];
		rows.push(...data);
		skip += data.length;
		const total = typeof page.total_count === 'number' ? page.total_count : Infinity;
		if (data.length < pageSize || skip >= total) break;
	}
	return rows;
}
