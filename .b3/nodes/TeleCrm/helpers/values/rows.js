'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.NO_DATES = exports.SYSTEM_DATES = exports.actionIdOf = void 0;
exports.leadIdOf = leadIdOf;
exports.isoDate = isoDate;
exports.copyWithDates = copyWithDates;
exports.shapeLeadRow = shapeLeadRow;
function leadIdOf(row) {
	const id = row.lead_id ?? row.id ?? row._id ?? row.leadId;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}
const actionIdOf = (row) => (row.action_id === undefined ? undefined : String(row.action_id));
exports.actionIdOf = actionIdOf;
exports.SYSTEM_DATES = new Set(['created_on', 'updated_on', 'performed_at']);
function isoDate(value) {
	const ms =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d{9,14}$/.test(value)
				? Number(value)
				: NaN;
	return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}
exports.NO_DATES = new Set();
function copyWithDates(values, keys, into, skip) {
	for (const key of Object.keys(values)) {
		if (key === skip) continue;
		into[key] = keys?.has(key) ? isoDate(values[key]) : values[key];
	}
	return into;
}
function shapeLeadRow(row, simplify, fieldDates, systemDates) {
	const fields = row.fields ?? {};
	const leadId = leadIdOf(row);
	const out = { lead_id: leadId };
	if (simplify) copyWithDates(fields, fieldDates, out);
	copyWithDates(row, systemDates, out, 'fields');
	if (!simplify) out.fields = copyWithDates(fields, fieldDates, {});
	out.lead_id = leadId;
	return out;
}
//# sourceMappingURL=rows.js.map
