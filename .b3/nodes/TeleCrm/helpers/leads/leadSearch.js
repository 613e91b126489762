'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadSearchPage = leadSearchPage;
exports.searchLeads = searchLeads;
exports.searchLeadRows = searchLeadRows;
const rows_1 = require('../values/rows');
const leadSearchBody_1 = require('../workspace/leadSearchBody');
const transport_1 = require('../../transport');
async function leadSearchPage(api, body, skip = 0) {
	const page = await api.request({
		method: 'POST',
		path: ['lead', 'search'],
		qs: { skip, limit: transport_1.MAX_PAGE_SIZE.leads },
		body,
	});
	const rows = Array.isArray(page.data) ? page.data : [];
	return { rows, total: typeof page.total_count === 'number' ? page.total_count : 0 };
}
async function searchLeads(api, body, limit, itemIndex) {
	return await (0, transport_1.requestAllPages)(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body,
		maxPageSize: transport_1.MAX_PAGE_SIZE.leads,
		limit,
		itemIndex,
		uniqueBy: rows_1.leadIdOf,
	});
}
async function searchLeadRows(api, workspace, plan, limit, itemIndex) {
	return await searchLeads(
		api,
		await (0, leadSearchBody_1.leadSearchBody)(workspace, plan),
		limit,
		itemIndex,
	);
}
//# sourceMappingURL=leadSearch.js.map
