'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.OutputShaper = void 0;
const customActions_1 = require('../values/customActions');
const rows_1 = require('../values/rows');
const valueConversion_1 = require('../values/valueConversion');
class OutputShaper {
	workspace;
	dates;
	dateKeys;
	systemDates;
	constructor(workspace, dates) {
		this.workspace = workspace;
		this.dates = dates;
		this.systemDates = dates === 'raw' ? undefined : rows_1.SYSTEM_DATES;
	}
	async dateFields() {
		this.dateKeys ??= this.workspace
			.customFields()
			.then(
				(fields) =>
					new Set([
						...rows_1.SYSTEM_DATES,
						...fields
							.filter((f) => (0, valueConversion_1.fieldKind)(f.type) === 'date')
							.map((f) => f.apiName),
					]),
			);
		return await this.dateKeys;
	}
	async dateKeysFor(values) {
		if (this.dates === 'raw') return undefined;
		const mayHoldDate = values.some(
			(v) => v && Object.values(v).some((x) => typeof x === 'number' && x >= 1e11),
		);
		return mayHoldDate ? await this.dateFields() : rows_1.NO_DATES;
	}
	async withDates(values) {
		const keys = await this.dateKeysFor([values]);
		return keys ? (0, rows_1.copyWithDates)(values, keys, {}) : values;
	}
	async lead(leadId, fields, extra = {}) {
		return { lead_id: leadId, ...(await this.withDates(fields)), ...extra };
	}
	async leadRows(rows, simplify) {
		const keys = await this.dateKeysFor(rows.map((row) => row.fields));
		return rows.map((row) => (0, rows_1.shapeLeadRow)(row, simplify, keys, this.systemDates));
	}
	async searchRows(rows, simplify) {
		const shaped = await this.leadRows(rows, simplify);
		for (const row of shaped) {
			if (Array.isArray(row.actions) && row.actions.length === 0) delete row.actions;
		}
		return shaped;
	}
	async leadRow(row, simplify, leadId) {
		const [shaped] = await this.leadRows([row], simplify);
		if (leadId !== undefined) shaped.lead_id = leadId;
		return shaped;
	}
	async action(action) {
		const out = (0, rows_1.copyWithDates)(action, this.systemDates, {});
		if (action.type === undefined || action.type === null) return out;
		const type = String(action.type);
		const fields = action.fields;
		if (fields && typeof fields === 'object' && !Array.isArray(fields))
			out.fields = (0, rows_1.copyWithDates)(fields, await this.actionDateKeys(type, fields), {});
		const { type: code, ...rest } = out;
		return { type: code, type_name: await this.typeName(type), ...rest };
	}
	async actionDateKeys(type, fields) {
		const code = (0, customActions_1.bareActionCode)(type);
		if (this.dates === 'raw' || !/^\d+$/.test(code)) return undefined;
		if (!Object.values(fields).some((x) => typeof x === 'number' && x >= 1e11))
			return rows_1.NO_DATES;
		const schema = (await this.workspace.customAction(code)).fieldSchema ?? {};
		return new Set(
			Object.entries(schema)
				.filter(([, def]) => (0, valueConversion_1.fieldKind)(def.type) === 'date')
				.map(([name]) => name),
		);
	}
	async typeName(type) {
		if (type === customActions_1.PAYMENT) return 'Payment';
		const code = (0, customActions_1.bareActionCode)(type);
		if (/^\d+$/.test(code)) {
			const found = (await this.workspace.customActions()).find(
				(a) => (0, customActions_1.bareActionCode)(a.code) === code,
			);
			if (found) return found.displayName;
		}
		return type
			.toLowerCase()
			.split('_')
			.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
			.join(' ');
	}
}
exports.OutputShaper = OutputShaper;
//# sourceMappingURL=outputShaper.js.map
