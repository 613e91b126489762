import type { IDataObject } from 'n8n-workflow';

import type { ApiBody } from '../values/apiShapes';
import { anyOf } from '../values/filterValues';
import { actionIdOf } from '../values/rows';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE, requestAllPages } from '../../transport';

/** Newest first, as telecrm sorts one search; ties by action ID, as it does. */
const newestFirst = (a: IDataObject, b: IDataObject) =>
	Number(b.created_on ?? 0) - Number(a.created_on ?? 0) ||
	String(b.action_id ?? '').localeCompare(String(a.action_id ?? ''));

export interface TimelineSearch {
	/** Filters other than the type and the performer (created_on). */
	body: ApiBody;
	/** Any of these action types; none: every type. */
	actionTypes: string[];
	/** Performed by any of these team members (emails, as lead search takes them); none: anyone. */
	performedBy?: string[];
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
	{ body: filters, actionTypes, performedBy = [], limit, itemIndex }: TimelineSearch,
): Promise<IDataObject[]> {
	// One performer is sent as a string, several as an array (docs/telecrm-api.md §6.4).
	const performer = anyOf(performedBy);
	const body = performer === undefined ? filters : { ...filters, performed_by: performer };
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
