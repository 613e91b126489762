import type { IDataObject } from 'n8n-workflow';

import { leadIdOf } from '../values/rows';
import type { SearchPlan } from '../workspace/leadSearchBody';
import { leadSearchBody } from '../workspace/leadSearchBody';
import type { Workspace } from '../workspace/workspace';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE, requestAllPages } from '../../transport';

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

/** Every lead a search body matches, newest first, each once, up to `limit`. */
export async function searchLeads(
	api: TeleCrmApi,
	body: IDataObject,
	limit: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await requestAllPages(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body,
		maxPageSize: MAX_PAGE_SIZE.leads,
		limit,
		itemIndex,
		uniqueBy: leadIdOf,
	});
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
