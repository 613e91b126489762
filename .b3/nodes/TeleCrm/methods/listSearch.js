'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.searchLeads = searchLeads;
exports.searchTeamMembers = searchTeamMembers;
const loading_1 = require('./loading');
const leadSearch_1 = require('../helpers/leads/leadSearch');
const rows_1 = require('../helpers/values/rows');
const valueConversion_1 = require('../helpers/values/valueConversion');
const transport_1 = require('../transport');
function pickerRow(row, how) {
	const fields = row.fields ?? {};
	const id = (0, rows_1.leadIdOf)(row);
	const label = [fields.name, fields.phone ?? fields.email].filter(Boolean).join(' · ');
	if (!id) {
		return {
			name: `${label || 'A lead'} (no lead ID in TeleCRM's answer: use "By Identifier")`,
			value: '',
			description: how,
		};
	}
	return { name: label || id, value: id, description: how };
}
async function exactFilters(workspace, typed) {
	const fields = await workspace.customFields();
	const holds = (field) => (0, valueConversion_1.tryWireValue)(field, typed);
	const asEmail = fields.filter(
		(f) => (0, valueConversion_1.fieldKind)(f.type) === 'email' && holds(f) !== undefined,
	);
	const asPhone = fields.filter(
		(f) => (0, valueConversion_1.fieldKind)(f.type) === 'phone' && holds(f) !== undefined,
	);
	const asName = asEmail.length || asPhone.length ? [] : fields.filter((f) => f.apiName === 'name');
	const filters = new Map();
	for (const field of [await workspace.identifierField(), ...asEmail, ...asPhone, ...asName]) {
		const wire = holds(field);
		if (wire === undefined) continue;
		const filter = { fields: { [field.apiName]: wire } };
		filters.set(JSON.stringify(filter), filter);
	}
	return [...filters.values()];
}
function contains(row, typed) {
	const fields = row.fields ?? {};
	const text = typed.toLowerCase();
	const digits = typed.replace(/\D/g, '');
	return Object.values(fields).some((value) => {
		if (typeof value !== 'string' && typeof value !== 'number') return false;
		const stored = String(value).toLowerCase();
		return (
			stored.includes(text) || (digits.length >= 3 && stored.replace(/\D/g, '').includes(digits))
		);
	});
}
async function searchLeads(filter, paginationToken) {
	return await (0, loading_1.loading)(this, 'leads', async ({ api, workspace }) => {
		const search = async (body, skip) => await (0, leadSearch_1.leadSearchPage)(api, body, skip);
		const typed = filter?.trim() ?? '';
		if (!typed) return await newestLeads(search, paginationToken);
		const exact = (await Promise.all((await exactFilters(workspace, typed)).map((f) => search(f))))
			.flatMap((p) => p.rows)
			.map((row) => pickerRow(row, `Exact match for "${typed}"`));
		const recent = (await search({})).rows
			.filter((row) => contains(row, typed))
			.map((row) =>
				pickerRow(
					row,
					`Contains "${typed}" (among the ${transport_1.MAX_PAGE_SIZE.leads} newest leads)`,
				),
			);
		const seen = new Set();
		const results = [...exact, ...recent].filter((r) => {
			const key = String(r.value || r.name);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		return { results };
	});
}
async function newestLeads(search, token) {
	const [skipText, pinText] = (token ?? '').split('@');
	const skip = Number(skipText) || 0;
	const pinTo = Number(pinText) || Date.now();
	const { rows, total } = await search({ fields: { created_on: { to: pinTo } } }, skip);
	const next = skip + rows.length;
	return {
		results: rows.map((row) => pickerRow(row, 'Newest first')),
		paginationToken: rows.length && next < total ? `${next}@${pinTo}` : undefined,
	};
}
async function searchTeamMembers(filter) {
	const wanted = filter?.trim().toLowerCase() ?? '';
	return await (0, loading_1.loading)(this, 'team members', async ({ workspace }) => ({
		results: (await workspace.teamMembers())
			.map(loading_1.memberOption)
			.filter((m) => !wanted || m.name.toLowerCase().includes(wanted))
			.map(({ name, value }) => ({ name, value: String(value) })),
	}));
}
//# sourceMappingURL=listSearch.js.map
