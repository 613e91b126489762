import type { IDataObject } from 'n8n-workflow';

import { leadIdOf } from '../values/rows';
import type { SearchPlan } from '../workspace/leadSearchBody';
import { leadSearchBody } from '../workspace/leadSearchBody';
import type { Workspace } from '../workspace/workspace';
import type { PageRequest, TeleCrmApi } from '../../transport';
import { forEachPage, MAX_PAGE_SIZE, requestAllPages } from '../../transport';

/** One page of `POST /lead/search` (100 rows at most) and the total telecrm reports. */
export async function leadSearchPage(
	api: TeleCrmApi,
	body: IDataObject,
	skip = 0,
): Promise<{ rows: IDataObject[]; total: number }> {
	const page = await api.request({
		method: 'POST',
		path: ['lead', 'search'],
		qs: { skip, limit: MAX_PAGE_SIZE.leads },
		body,
	});
	const rows = Array.isArray(page.data) ? (page.data as IDataObject[]) : [];
	return { rows, total: typeof page.total_count === 'number' ? page.total_count : 0 };
}

/** The pages of `POST /lead/search` for a body, each lead once (by its ID), up to `limit`. */
function leadPages(body: IDataObject, limit: number, itemIndex?: number): PageRequest {
	const path = ['lead', 'search'];
	const maxPageSize = MAX_PAGE_SIZE.leads;
	return { method: 'POST', path, body, maxPageSize, limit, itemIndex, uniqueBy: leadIdOf };
}

/** Every lead a search body matches, newest first, each once, up to `limit`. */
export async function searchLeads(
	api: TeleCrmApi,
	body: IDataObject,
	limit: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await requestAllPages(api, leadPages(body, limit, itemIndex));
}

/** How many leads a search body matches, each once, counted page by page without keeping them. */
export async function countSearchedLeads(
	api: TeleCrmApi,
	body: IDataObject,
	itemIndex?: number,
): Promise<number> {
	let count = 0;
	await forEachPage(api, leadPages(body, Infinity, itemIndex), (rows) => {
		count += rows.length;
	});
	return count;
}

/** Every lead the plan's filters match, newest first, each once, up to `limit`. */
export async function searchLeadRows(
	api: TeleCrmApi,
	workspace: Workspace,
	plan: SearchPlan,
	limit: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await searchLeads(api, await leadSearchBody(workspace, plan), limit, itemIndex);
}
