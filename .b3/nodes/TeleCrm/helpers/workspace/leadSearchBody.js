'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.fieldValueFilters = fieldValueFilters;
exports.leadSearchBody = leadSearchBody;
const dates_1 = require('../values/dates');
const filterValues_1 = require('../values/filterValues');
const valueConversion_1 = require('../values/valueConversion');
async function fieldValueFilters(workspace, rows) {
	if (!rows.some((row) => String(row.field ?? '').trim())) return {};
	const specs = await workspace.customFields();
	const searchable = async (kind) => {
		const labels = await workspace.labels(kind);
		return { active: [...labels.active, ...labels.archived], archived: [] };
	};
	const values = {};
	for (const row of rows) {
		const key = String(row.field ?? '').trim();
		if (!key) continue;
		const spec = specs.find((s) => s.apiName === key) ?? { apiName: key, type: 'TEXT' };
		const kind = (0, valueConversion_1.fieldKind)(spec.type);
		const labels = kind === 'status' || kind === 'lostReason' ? await searchable(kind) : undefined;
		const wire = (0, valueConversion_1.toWireValue)(spec, row.value, labels);
		if (wire === undefined) continue;
		(values[key] ??= []).push(...(Array.isArray(wire) ? wire : [wire]));
	}
	const fields = {};
	for (const [key, list] of Object.entries(values)) {
		const merged = (0, filterValues_1.anyOf)(list);
		if (merged !== undefined) fields[key] = merged;
	}
	return fields;
}
async function leadSearchBody(workspace, { filters, pinTo }) {
	const rows = filters.fieldValues?.values ?? [];
	const fields = await fieldValueFilters(workspace, rows);
	const status = (0, filterValues_1.anyOf)(filters.status ?? []);
	if (status !== undefined) fields.status = status;
	const assignee = (0, filterValues_1.anyOf)(
		(0, filterValues_1.memberEmails)(filters.assignee ?? [], 'Assignee'),
	);
	if (assignee !== undefined) fields.assignee = assignee;
	const created = (0, filterValues_1.pinnedWindow)(
		filters.createdAfter,
		filters.createdBefore,
		['Created After', 'Created Before'],
		pinTo,
	);
	if (created) fields.created_on = created;
	const actions = {};
	const type = (0, filterValues_1.anyOf)(filters.actionTypes ?? []);
	if (type !== undefined) actions.type = type;
	const performedBy = (0, filterValues_1.anyOf)(
		(0, filterValues_1.memberEmails)(filters.performedBy ?? [], 'Actions Performed By'),
	);
	if (performedBy !== undefined) actions.performed_by = performedBy;
	const performed = (0, dates_1.timeWindow)(filters.performedAfter, filters.performedBefore, [
		'Actions Performed After',
		'Actions Performed Before',
	]);
	if (performed) actions.performed_at = performed;
	const body = {};
	if (Object.keys(fields).length) body.fields = fields;
	if (Object.keys(actions).length) body.actions = actions;
	return body;
}
//# sourceMappingURL=leadSearchBody.js.map
