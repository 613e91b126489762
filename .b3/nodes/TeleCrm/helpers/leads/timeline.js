'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.searchTimeline = searchTimeline;
const rows_1 = require('../values/rows');
const transport_1 = require('../../transport');
const newestFirst = (a, b) =>
	Number(b.created_on ?? 0) - Number(a.created_on ?? 0) ||
	String(b.action_id ?? '').localeCompare(String(a.action_id ?? ''));
async function searchTimeline(api, leadId, { body, types, limit, itemIndex }) {
	const search = async (type) =>
		await (0, transport_1.requestAllPages)(api, {
			method: 'POST',
			path: ['lead', leadId, 'action', 'search'],
			body: type === undefined ? body : { ...body, type },
			maxPageSize: transport_1.MAX_PAGE_SIZE.actions,
			limit,
			itemIndex,
			uniqueBy: rows_1.actionIdOf,
		});
	if (types.length <= 1) return await search(types[0]);
	const all = (await Promise.all(types.map(search))).flat();
	return all.sort(newestFirst).slice(0, limit);
}
//# sourceMappingURL=timeline.js.map
