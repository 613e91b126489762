import type { IDataObject } from 'n8n-workflow';

import type { ApiBody } from '../values/apiShapes';
import { actionIdOf } from '../values/rows';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE, requestAllPages } from '../../transport';

/** Newest first, as telecrm sorts one search; ties by action ID, as it does. */
const newestFirst = (a: IDataObject, b: IDataObject) =>
	Number(b.created_on ?? 0) - Number(a.created_on ?? 0) ||
	String(b.action_id ?? '').localeCompare(String(a.action_id ?? ''));

export interface TimelineSearch {
	/** Filters other than the type (created_on, performed_by). */
	body: ApiBody;
	/** Any of these action types; none: every type. */
	actionTypes: string[];
	/** Rows wanted; Infinity for all. */
	limit: number;
	itemIndex?: number;
}

/**
 * A lead's timeline, newest first. telecrm documents `type` as one string here, so several
 * types are one search each, merged newest first and cut to the limit: the union, exactly.
 */
export async function searchTimeline(
	api: TeleCrmApi,
	leadId: string,
	{ body, actionTypes, limit, itemIndex }: TimelineSearch,
): Promise<IDataObject[]> {
	const search = async (type?: string) =>
		await requestAllPages(api, {
			method: 'POST',
			path: ['lead', leadId, 'action', 'search'],
			searchOnly: true,
			body: type === undefined ? body : { ...body, type },
			maxPageSize: MAX_PAGE_SIZE.actions,
			limit,
			itemIndex,
			uniqueBy: actionIdOf,
		});
	if (actionTypes.length <= 1) return await search(actionTypes[0]);
	const all = (await Promise.all(actionTypes.map(search))).flat();
	return all.sort(newestFirst).slice(0, limit);
}
