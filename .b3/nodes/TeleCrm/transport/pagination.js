'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.MAX_PAGE_SIZE = void 0;
exports.requestAllPages = requestAllPages;
exports.MAX_PAGE_SIZE = { leads: 100, actions: 100, teamMembers: 10 };
async function requestAllPages(api, request) {
	const { uniqueBy, maxPageSize, limit, ...single } = request;
	const rows = [];
	const seen = new Set();
	const isNew = (row) => {
		const key = uniqueBy?.(row);
		if (key === undefined) return true;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	};
	let skip = 0;
	while (rows.length < limit) {
		const pageSize = Math.min(maxPageSize, limit - rows.length);
		const page = await api.request({
			...single,
			qs: { ...request.qs, skip, limit: pageSize },
		});
		const data = Array.isArray(page.data) ? page.data : [];
		rows.push(...data.filter(isNew).slice(0, limit - rows.length));
		skip += data.length;
		const total = typeof page.total_count === 'number' ? page.total_count : Infinity;
		if (data.length < pageSize || skip >= total) break;
	}
	return rows;
}
//# sourceMappingURL=pagination.js.map
